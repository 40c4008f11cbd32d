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

    /** The mixture of the benchmark: 8 Gaussians in 32-d with spreads 0.5 to 2. */
    static Data mixture(int n, long seed) {
        return blobs(n, 32, 8, 40, new double[] {0.5, 1.0, 1.5, 2.0, 0.75, 1.25, 1.75, 1.0}, seed);
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
