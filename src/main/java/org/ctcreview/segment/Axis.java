package org.ctcreview.segment;

/**
 * How one image axis is cut into tiles: {@code count} tiles of {@code size} pixels (a multiple of the
 * model's divisor), each owning a core of about {@code extent / count} pixels and seeing {@code overlap}
 * more on both sides. Tile k starts at {@code coreStart(k) - overlap}; padding beyond the image is zero.
 */
record Axis(int extent, int count, int core, int size, int overlap) {

    static Axis of(int extent, int maxTile, int overlap, int divisor) {
        int maxCore = Math.max(divisor, maxTile - 2 * overlap);
        int count = Math.max(1, (int) Math.ceil(extent / (double) maxCore));
        int core = (int) Math.ceil(extent / (double) count);
        int size = ((core + 2 * overlap + divisor - 1) / divisor) * divisor;
        return new Axis(extent, count, core, size, overlap);
    }

    int coreStart(int k) {
        return k * core;
    }

    int coreEnd(int k) {
        return Math.min(extent, (k + 1) * core);
    }

    int start(int k) {
        return coreStart(k) - overlap;
    }
}
