package org.ctcreview.simulate;

/** Smooth value noise in [-1, 1] from a hashed lattice: chromatin grain, granular CK, patchy staining. */
final class Texture {
    private Texture() {
    }

    static double value(int x, int y, double scale, long seed) {
        double fx = x / scale;
        double fy = y / scale;
        int ix = (int) Math.floor(fx);
        int iy = (int) Math.floor(fy);
        double tx = smooth(fx - ix);
        double ty = smooth(fy - iy);
        double v00 = lattice(ix, iy, seed);
        double v10 = lattice(ix + 1, iy, seed);
        double v01 = lattice(ix, iy + 1, seed);
        double v11 = lattice(ix + 1, iy + 1, seed);
        double top = v00 + (v10 - v00) * tx;
        double bottom = v01 + (v11 - v01) * tx;
        return top + (bottom - top) * ty;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private static double lattice(int x, int y, long seed) {
        long h = Seeds.mix(seed + x * 0x9E3779B97F4A7C15L + y * 0xC2B2AE3D27D4EB4FL);
        return ((h >>> 11) * 0x1.0p-53) * 2 - 1;
    }
}
