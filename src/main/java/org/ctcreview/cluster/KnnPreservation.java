package org.ctcreview.cluster;

import org.ctcreview.task.ProgressListener;

/**
 * A quality number for a map: for a random sample of points, the share of each point's k nearest neighbours
 * in the input space that are also among its k nearest on the map (1 = neighbourhoods kept exactly).
 */
public final class KnnPreservation {
    private KnnPreservation() {
    }

    public static double of(float[][] vectors, Points2d map, int k, int sample, long seed, int threads) {
        int n = vectors.length;
        if (n != map.size() || n < k + 1) {
            throw new IllegalArgumentException("need one map position per vector and more than k = " + k + " points");
        }
        int m = Math.min(sample, n);
        int[] rows = Umap.fitIndices(n, UmapOptions.defaults().withSeed(seed ^ 0x1234L).withMaxFitPoints(m));
        float[][] queries = new float[m][];
        for (int i = 0; i < m; i++) {
            queries[i] = vectors[rows[i]];
        }
        Knn.Neighbours high = Knn.query(queries, vectors, Math.min(n, k + 1), threads, ProgressListener.none());
        Grid2d grid = new Grid2d(map);
        int[] idx = new int[k];
        double[] dist = new double[k];
        double total = 0;
        for (int q = 0; q < m; q++) {
            int self = rows[q];
            int found = grid.nearest(map.x()[self], map.y()[self], k, self, idx, dist);
            java.util.Set<Integer> low = new java.util.HashSet<>();
            for (int j = 0; j < found; j++) {
                low.add(idx[j]);
            }
            int kept = 0;
            int counted = 0;
            for (int j = 0; j < high.k() && counted < k; j++) {
                int h = high.index(q, j);
                if (h == self) {
                    continue;
                }
                counted++;
                if (low.contains(h)) {
                    kept++;
                }
            }
            total += (double) kept / k;
        }
        return total / m;
    }
}
