package org.ctcreview.cluster;

/**
 * umap-learn's {@code smooth_knn_dist} for one row of neighbour distances: the bandwidth sigma such that
 * the memberships exp(-(d - rho) / sigma) sum to log2(k), found by 64 steps of bisection.
 */
final class SmoothKnn {
    static final double TOLERANCE = 1e-5;
    static final double MIN_DIST_SCALE = 1e-3;

    private SmoothKnn() {
    }

    /**
     * @param d       distances (ascending) of the row, {@code d[off] .. d[off + len - 1]}
     * @param sumFrom first entry that counts in the sum (umap-learn skips column 0 of its rows, which for a
     *                fit is the point itself and for a transform the nearest neighbour)
     * @param rho     distance subtracted before the kernel
     * @param target  log2(k)
     */
    static double sigma(float[] d, int off, int len, int sumFrom, double rho, double target) {
        double lo = 0;
        double hi = Double.MAX_VALUE;
        double mid = 1;
        for (int iter = 0; iter < 64; iter++) {
            double psum = 0;
            for (int j = sumFrom; j < len; j++) {
                double v = d[off + j] - rho;
                psum += v > 0 ? Math.exp(-(v / mid)) : 1.0;
            }
            if (Math.abs(psum - target) < TOLERANCE) {
                break;
            }
            if (psum > target) {
                hi = mid;
                mid = (lo + hi) / 2;
            } else {
                lo = mid;
                mid = hi >= Double.MAX_VALUE ? mid * 2 : (lo + hi) / 2;
            }
        }
        return mid;
    }

    /** The first non-zero distance of the row (0 when all are zero). */
    static double rho(float[] d, int off, int len) {
        for (int j = 0; j < len; j++) {
            if (d[off + j] > 0) {
                return d[off + j];
            }
        }
        return 0;
    }

    static double membership(double distance, double rho, double sigma) {
        double v = distance - rho;
        return v <= 0 || sigma == 0 ? 1.0 : Math.exp(-(v / sigma));
    }
}
