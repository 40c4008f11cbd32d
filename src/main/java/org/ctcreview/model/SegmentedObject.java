package org.ctcreview.model;

/**
 * One object found by a segmenter, in frame pixel coordinates: its outline as x,y pairs, bounding box,
 * centroid, area in pixels and the segmenter's confidence (1 for rule-based segmenters).
 */
public record SegmentedObject(float[] polygon, int bboxX, int bboxY, int bboxWidth, int bboxHeight, double centroidX,
                              double centroidY, double area, double score) {

    public SegmentedObject {
        if (polygon == null || polygon.length < 6 || polygon.length % 2 != 0) {
            throw new IllegalArgumentException("a polygon needs at least three x,y points");
        }
    }

    /** Builds an object from a polygon: box, centroid and area are computed from it. */
    public static SegmentedObject ofPolygon(float[] polygon, double score) {
        double a = 0;
        double cx = 0;
        double cy = 0;
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        int n = polygon.length / 2;
        for (int i = 0; i < n; i++) {
            float x0 = polygon[2 * i];
            float y0 = polygon[2 * i + 1];
            float x1 = polygon[2 * ((i + 1) % n)];
            float y1 = polygon[2 * ((i + 1) % n) + 1];
            double cross = (double) x0 * y1 - (double) x1 * y0;
            a += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
            minX = Math.min(minX, x0);
            minY = Math.min(minY, y0);
            maxX = Math.max(maxX, x0);
            maxY = Math.max(maxY, y0);
        }
        a /= 2;
        if (Math.abs(a) < 1e-9) {
            cx = minX + (maxX - minX) / 2.0;
            cy = minY + (maxY - minY) / 2.0;
        } else {
            cx /= 6 * a;
            cy /= 6 * a;
        }
        int bx = (int) Math.floor(minX);
        int by = (int) Math.floor(minY);
        return new SegmentedObject(polygon, bx, by, (int) Math.ceil(maxX) - bx + 1, (int) Math.ceil(maxY) - by + 1,
                cx, cy, Math.abs(a), score);
    }
}
