package org.ctcreview.simulate;

/** Area, bounding box and centroid of every label of a mask, from one pass over it. */
final class MaskStats {
    private final int[] area;
    private final int[] minX;
    private final int[] minY;
    private final int[] maxX;
    private final int[] maxY;
    private final long[] sumX;
    private final long[] sumY;

    private MaskStats(int labels) {
        area = new int[labels + 1];
        minX = new int[labels + 1];
        minY = new int[labels + 1];
        maxX = new int[labels + 1];
        maxY = new int[labels + 1];
        sumX = new long[labels + 1];
        sumY = new long[labels + 1];
        java.util.Arrays.fill(minX, Integer.MAX_VALUE);
        java.util.Arrays.fill(minY, Integer.MAX_VALUE);
        java.util.Arrays.fill(maxX, -1);
        java.util.Arrays.fill(maxY, -1);
    }

    static MaskStats of(short[] mask, int w, int h, int labels) {
        MaskStats s = new MaskStats(Math.min(labels, 65535));
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int id = mask[row + x] & 0xFFFF;
                if (id != 0 && id < s.area.length) {
                    s.area[id]++;
                    s.sumX[id] += x;
                    s.sumY[id] += y;
                    s.minX[id] = Math.min(s.minX[id], x);
                    s.maxX[id] = Math.max(s.maxX[id], x);
                    s.minY[id] = Math.min(s.minY[id], y);
                    s.maxY[id] = Math.max(s.maxY[id], y);
                }
            }
        }
        return s;
    }

    int area(int id) {
        return id > 0 && id < area.length ? area[id] : 0;
    }

    /** Centroid x at pixel centres. */
    double centroidX(int id) {
        return sumX[id] / (double) area[id] + 0.5;
    }

    double centroidY(int id) {
        return sumY[id] / (double) area[id] + 0.5;
    }

    int minX(int id) {
        return minX[id];
    }

    int minY(int id) {
        return minY[id];
    }

    int maxX(int id) {
        return maxX[id];
    }

    int maxY(int id) {
        return maxY[id];
    }
}
