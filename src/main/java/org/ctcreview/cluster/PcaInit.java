package org.ctcreview.cluster;

import java.util.Random;

/**
 * The starting layout: the first two principal components of the input (umap-learn's {@code init="pca"}),
 * scaled so that the largest coordinate is 10, plus Gaussian noise of 1e-4, then each axis stretched to
 * [0, 10] as umap-learn does before every layout. Unlike the spectral start, it needs no connected graph:
 * groups that share no kNN edge start where their data lie. Components are found by subspace iteration
 * on the covariance matrix from a fixed start; each axis's sign makes its largest loading positive.
 */
final class PcaInit {
    private static final int ITERATIONS = 300;

    private PcaInit() {
    }

    static Points2d of(float[][] data, long seed) {
        int n = data.length;
        int dim = data[0].length;
        double[][] axes = principalAxes(data, dim);
        double[] mean = mean(data, dim);
        Points2d p = Points2d.of(n);
        double maxAbs = 0;
        double[][] c = new double[2][n];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 2; a++) {
                double s = 0;
                for (int d = 0; d < dim; d++) {
                    s += (data[i][d] - mean[d]) * axes[a][d];
                }
                c[a][i] = s;
                maxAbs = Math.max(maxAbs, Math.abs(s));
            }
        }
        double expansion = maxAbs > 0 ? 10 / maxAbs : 1;
        Random noise = new Random(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < n; i++) {
            c[0][i] = (float) (c[0][i] * expansion) + (float) (noise.nextGaussian() * 1e-4);
            c[1][i] = (float) (c[1][i] * expansion) + (float) (noise.nextGaussian() * 1e-4);
        }
        stretch(c[0], p.x());
        stretch(c[1], p.y());
        return p;
    }

    private static void stretch(double[] v, float[] out) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        double range = hi - lo;
        for (int i = 0; i < v.length; i++) {
            out[i] = range > 0 ? (float) (10 * (v[i] - lo) / range) : 5f;
        }
    }

    private static double[] mean(float[][] data, int dim) {
        double[] m = new double[dim];
        for (float[] v : data) {
            for (int d = 0; d < dim; d++) {
                m[d] += v[d];
            }
        }
        for (int d = 0; d < dim; d++) {
            m[d] /= data.length;
        }
        return m;
    }

    /** The two leading eigenvectors of the covariance matrix. */
    static double[][] principalAxes(float[][] data, int dim) {
        double[] m = mean(data, dim);
        double[][] cov = new double[dim][dim];
        double[] row = new double[dim];
        for (float[] v : data) {
            for (int d = 0; d < dim; d++) {
                row[d] = v[d] - m[d];
            }
            for (int i = 0; i < dim; i++) {
                double ri = row[i];
                double[] ci = cov[i];
                for (int j = i; j < dim; j++) {
                    ci[j] += ri * row[j];
                }
            }
        }
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < i; j++) {
                cov[i][j] = cov[j][i];
            }
        }
        double[][] q = new double[2][dim];
        for (int d = 0; d < dim; d++) {
            q[0][d] = 1.0 / Math.sqrt(dim);
            q[1][d] = (d % 2 == 0 ? 1.0 : -1.0) * (1 + d) / dim;
        }
        if (dim == 1) {
            return new double[][] {{1}, {0}};
        }
        orthonormalise(q);
        for (int it = 0; it < ITERATIONS; it++) {
            double[][] next = new double[2][dim];
            for (int a = 0; a < 2; a++) {
                for (int i = 0; i < dim; i++) {
                    double s = 0;
                    for (int j = 0; j < dim; j++) {
                        s += cov[i][j] * q[a][j];
                    }
                    next[a][i] = s;
                }
            }
            orthonormalise(next);
            q = next;
        }
        for (double[] axis : q) {
            int big = 0;
            for (int d = 1; d < dim; d++) {
                if (Math.abs(axis[d]) > Math.abs(axis[big])) {
                    big = d;
                }
            }
            if (axis[big] < 0) {
                for (int d = 0; d < dim; d++) {
                    axis[d] = -axis[d];
                }
            }
        }
        return q;
    }

    private static void orthonormalise(double[][] q) {
        normalise(q[0]);
        double dot = 0;
        for (int d = 0; d < q[0].length; d++) {
            dot += q[0][d] * q[1][d];
        }
        for (int d = 0; d < q[0].length; d++) {
            q[1][d] -= dot * q[0][d];
        }
        normalise(q[1]);
    }

    private static void normalise(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d * d;
        }
        double norm = Math.sqrt(s);
        if (norm < 1e-300) {
            return;
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= norm;
        }
    }
}
