package org.ctcreview.store;

import java.util.Objects;

/**
 * One detected object. {@code polygon} is x0,y0,x1,y1,... in frame pixels (null when there is none),
 * the box is in frame pixels, the centroid both in frame and whole-cartridge pixels; {@code frameId}
 * is null for thumbnails; {@code source} names the segmenter or import that found it.
 */
public record CellRow(long cartridgeId, Long frameId, float[] polygon, int bboxX, int bboxY, int bboxWidth,
                      int bboxHeight, double frameX, double frameY, double cartridgeX, double cartridgeY,
                      double area, String source) {

    public CellRow {
        Objects.requireNonNull(source, "source");
        if (polygon != null && polygon.length % 2 != 0) {
            throw new IllegalArgumentException("a polygon needs x,y pairs, got " + polygon.length + " numbers");
        }
        if (bboxWidth < 0 || bboxHeight < 0) {
            throw new IllegalArgumentException("negative box size " + bboxWidth + "x" + bboxHeight);
        }
    }
}
