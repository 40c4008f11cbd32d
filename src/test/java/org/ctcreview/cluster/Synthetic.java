package org.ctcreview.cluster;

import java.util.Random;

/** Synthetic clustered vectors for tests and benchmarks. */
final class Synthetic {
    private Synthetic() {
    }

    /** Vectors with the true group of each row. */
    record Data(float[][] vectors, int[] truth) {
    }

    /**
     * {@code groups} Gaussian blobs in {@code dim} dimensions, centres {@code separation} apart on average,
     * blob i with standard deviation {@code spreads[i % spreads.length]}, sizes as equal as possible.
     */
    static Data blobs(int n, int dim, int groups, double separation, double[] spreads, long seed) {
        Random r = new Random(seed);
        double[][] centres = new double[groups][dim];
        for (double[] c : centres) {
            for (int d = 0; d < dim; d++) {
                c[d] = r.nextGaussian() * separation / Math.sqrt(2 * dim);
            }
        }
        float[][] v = new float[n][dim];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            int g = (int) ((long) i * groups / n);
            truth[i] = g;
            double s = spreads[g % spreads.length];
            for (int d = 0; d < dim; d++) {
                v[i][d] = (float) (centres[g][d] + r.nextGaussian() * s);
            }
        }
        return new Data(v, truth);
    }

    /**
     * The benchmark mixture: 8 Gaussians in 32-d with different spreads (0.5 to 2) and sizes (weights 1 to
     * 2.75); each has most of its variance along 3 random directions (standard deviations 3, 2, 1.5 times its
     * spread) plus isotropic noise of 0.2 times its spread, so neighbourhoods inside a group mean something.
     */
    static Data mixture(int n, long seed) {
        int dim = 32;
        int groups = 8;
        double[] spreads = {0.5, 1.0, 1.5, 2.0, 0.75, 1.25, 1.75, 1.0};
        double[] axes = {3, 2, 1.5};
        Random r = new Random(seed);
        double[][] centres = new double[groups][dim];
        double[][][] dirs = new double[groups][axes.length][dim];
        for (int g = 0; g < groups; g++) {
            for (int d = 0; d < dim; d++) {
                centres[g][d] = r.nextGaussian() * 40 / Math.sqrt(2 * dim);
            }
            for (double[] dir : dirs[g]) {
                double norm = 0;
                for (int d = 0; d < dim; d++) {
                    dir[d] = r.nextGaussian();
                    norm += dir[d] * dir[d];
                }
                for (int d = 0; d < dim; d++) {
                    dir[d] /= Math.sqrt(norm);
                }
            }
        }
        double[] cumulative = new double[groups];
        double total = 0;
        for (int g = 0; g < groups; g++) {
            total += 1 + 0.25 * g;
            cumulative[g] = total;
        }
        float[][] v = new float[n][dim];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            double u = (i + 0.5) / n * total;
            int g = 0;
            while (cumulative[g] < u) {
                g++;
            }
            truth[i] = g;
            double s = spreads[g];
            for (int d = 0; d < dim; d++) {
                v[i][d] = (float) (centres[g][d] + r.nextGaussian() * 0.2 * s);
            }
            for (int a = 0; a < axes.length; a++) {
                double t = r.nextGaussian() * axes[a] * s;
                for (int d = 0; d < dim; d++) {
                    v[i][d] += (float) (t * dirs[g][a][d]);
                }
            }
        }
        return new Data(v, truth);
    }

    /** Three tight, well-separated blobs plus {@code outliers} far single points (truth -1). */
    static Data threeBlobsAndOutliers(int perBlob, int outliers, int dim, long seed) {
        Random r = new Random(seed);
        int n = 3 * perBlob + outliers;
        float[][] v = new float[n][dim];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            int g = i < 3 * perBlob ? i / perBlob : -1;
            truth[i] = g;
            for (int d = 0; d < dim; d++) {
                double centre = g < 0 ? 0 : (d == g ? 30 : 0);
                double noise = g < 0 ? 0 : r.nextGaussian();
                v[i][d] = (float) (centre + noise);
            }
            if (g < 0) {
                int k = i - 3 * perBlob;
                v[i][k % dim] = 100 + 40 * k;
                v[i][(k + 1) % dim] = -80 - 25 * k;
            }
        }
        return new Data(v, truth);
    }
}
