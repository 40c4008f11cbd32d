package org.ctcreview.segment;

/**
 * How one image axis is cut into tiles: {@code count} tiles of {@code size} pixels (a multiple of the
 * model's divisor), each owning a core of about {@code extent / count} pixels and seeing {@code overlap}
 * more on both sides. Tile k starts at {@code coreStart(k) - overlap} but never before 0 (no padding before
 * the image, as in the Python reference); padding after the image end is zero.
 */
record Axis(int extent, int count, int core, int size, int overlap) {

    static Axis of(int extent, int maxTile, int overlap, int divisor) {
        int maxCore = Math.max(divisor, maxTile - 2 * overlap);
        int count = Math.max(1, (int) Math.ceil(extent / (double) maxCore));
        int core = (int) Math.ceil(extent / (double) count);
        if (count == 1) {
            // one tile: the image itself, padded at the end to the divisor (exactly what Python predicts on)
            return new Axis(extent, 1, extent, roundUp(extent, divisor), 0);
        }
        return new Axis(extent, count, core, roundUp(core + 2 * overlap, divisor), overlap);
    }

    private static int roundUp(int v, int divisor) {
        return ((v + divisor - 1) / divisor) * divisor;
    }

    int coreStart(int k) {
        return k * core;
    }

    int coreEnd(int k) {
        return Math.min(extent, (k + 1) * core);
    }

    int start(int k) {
        return Math.max(0, coreStart(k) - overlap);
    }
}
