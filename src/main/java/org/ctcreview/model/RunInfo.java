package org.ctcreview.model;

/** The run record of a CellTracks event XML; any field may be missing (null). */
public record RunInfo(Integer numCols, Integer numRows, Integer camXSize, Integer camYSize) {

    public static RunInfo empty() {
        return new RunInfo(null, null, null, null);
    }

    public boolean hasGrid() {
        return numCols != null && numRows != null && numCols > 0 && numRows > 0;
    }
}
