package org.ctcreview.model;

/**
 * One event of the CellSearch gallery as the event XML describes it. The location is the event's
 * box in whole-cartridge pixel coordinates; {@code assigned} is true when the operator counted it as
 * a CTC (null when the XML did not say); {@code numSelected} is kept as given (its meaning is unclear).
 */
public record CellSearchEvent(long rid, int frameNumber, double x0, double y0, double x1, double y1,
                              Boolean assigned, Integer numSelected) {

    public double centerX() {
        return (x0 + x1) / 2;
    }

    public double centerY() {
        return (y0 + y1) / 2;
    }
}
