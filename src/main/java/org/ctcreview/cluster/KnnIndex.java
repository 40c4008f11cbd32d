package org.ctcreview.cluster;

import java.util.Random;

/**
 * Reference vectors prepared for exact kNN search: minus their mean, split into groups around k-means
 * centroids (seeded start, a few Lloyd steps), stored group by group and transposed (dimension-major) for
 * the vectorised distance loop. Each group keeps its centroid and radius, so a search can skip a group whose
 * nearest possible member ({@code |q - centroid| - radius}, triangle inequality) is farther than the k-th
 * neighbour found so far. Position p holds reference {@code order[p]}; group g covers positions
 * {@code start[g] .. start[g + 1] - 1}.
 */
final class KnnIndex {
    private static final int GROUP_SIZE = 256;
    private static final int MAX_GROUPS = 256;
    private static final int LLOYD_STEPS = 4;

    final int n;
    final int dim;
    final float[] mean;
    final float[] transposed;
    final float[] norm2;
    final int[] order;
    final int[] start;
    final double[][] centroid;
    final double[] radius;

    KnnIndex(float[][] refs) {
        n = refs.length;
        dim = refs[0].length;
        mean = new float[dim];
        double[] sum = new double[dim];
        for (float[] r : refs) {
            for (int d = 0; d < dim; d++) {
                sum[d] += r[d];
            }
        }
        for (int d = 0; d < dim; d++) {
            mean[d] = (float) (sum[d] / n);
        }
        int groups = Math.max(1, Math.min(MAX_GROUPS, n / GROUP_SIZE));
        centroid = new double[groups][];
        int[] assign = partition(refs, groups);
        start = new int[groups + 1];
        for (int a : assign) {
            start[a + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        order = new int[n];
        int[] fill = java.util.Arrays.copyOf(start, groups);
        for (int i = 0; i < n; i++) {
            order[fill[assign[i]]++] = i;
        }
        radius = new double[groups];
        transposed = new float[dim * n];
        norm2 = new float[n];
        for (int p = 0; p < n; p++) {
            float[] r = refs[order[p]];
            float s = 0;
            for (int d = 0; d < dim; d++) {
                float v = r[d] - mean[d];
                transposed[d * n + p] = v;
                s += v * v;
            }
            norm2[p] = s;
            int g = assign[order[p]];
            radius[g] = Math.max(radius[g], Math.sqrt(distance2(r, centroid[g])));
        }
    }

    int groups() {
        return centroid.length;
    }

    /** k-means in the original coordinates; returns each reference's group (empty groups are dropped). */
    private int[] partition(float[][] refs, int groups) {
        int[] assign = new int[n];
        if (groups == 1) {
            centroid[0] = centre(refs, assign, 0);
            return assign;
        }
        Random r = new Random(0x5EED);
        double[][] c = new double[groups][];
        for (int g = 0; g < groups; g++) {
            float[] pick = refs[r.nextInt(n)];
            c[g] = new double[dim];
            for (int d = 0; d < dim; d++) {
                c[g][d] = pick[d];
            }
        }
        for (int step = 0; step <= LLOYD_STEPS; step++) {
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bd = Double.POSITIVE_INFINITY;
                for (int g = 0; g < groups; g++) {
                    double dd = distance2(refs[i], c[g]);
                    if (dd < bd) {
                        bd = dd;
                        best = g;
                    }
                }
                assign[i] = best;
            }
            if (step < LLOYD_STEPS) {
                for (int g = 0; g < groups; g++) {
                    double[] m = centre(refs, assign, g);
                    if (m != null) {
                        c[g] = m;
                    }
                }
            }
        }
        int[] renumber = new int[groups];
        java.util.Arrays.fill(renumber, -1);
        int used = 0;
        for (int a : assign) {
            if (renumber[a] < 0) {
                renumber[a] = -2;
            }
        }
        for (int g = 0; g < groups; g++) {
            if (renumber[g] == -2) {
                centroid[used] = c[g];
                renumber[g] = used++;
            }
        }
        for (int g = used; g < groups; g++) {
            centroid[g] = centroid[0];
        }
        for (int i = 0; i < n; i++) {
            assign[i] = renumber[assign[i]];
        }
        return assign;
    }

    private double[] centre(float[][] refs, int[] assign, int g) {
        double[] m = new double[dim];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (assign[i] == g) {
                count++;
                for (int d = 0; d < dim; d++) {
                    m[d] += refs[i][d];
                }
            }
        }
        if (count == 0) {
            return null;
        }
        for (int d = 0; d < dim; d++) {
            m[d] /= count;
        }
        return m;
    }

    static double distance2(float[] v, double[] c) {
        double s = 0;
        for (int d = 0; d < c.length; d++) {
            double x = v[d] - c[d];
            s += x * x;
        }
        return s;
    }
}
