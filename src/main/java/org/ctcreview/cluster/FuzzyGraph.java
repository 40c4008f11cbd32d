package org.ctcreview.cluster;

import java.util.Arrays;
import org.ctcreview.task.ProgressListener;

/**
 * UMAP's fuzzy simplicial set of a kNN graph: per-point memberships from smooth kNN distances, fuzzy union
 * {@code w = a + b - a b} of the two directions, both directions kept as edges (row-major, columns
 * ascending: the order of umap-learn's COO graph), then edges below {@code max / nEpochs} dropped as
 * umap-learn does before the layout.
 */
record FuzzyGraph(int n, int[] head, int[] tail, float[] weight) {

    int edges() {
        return head.length;
    }

    /**
     * @param nb        the k - 1 nearest other points of each point (umap-learn's rows hold the point itself
     *                  first; it is implied here)
     * @param nNeighbors k, the neighbourhood size including the point itself
     */
    static FuzzyGraph of(Knn.Neighbours nb, int nNeighbors, int nEpochs, int threads, ProgressListener progress) {
        int n = nb.queries();
        int k = nb.k();
        float[] dist = nb.distance();
        double target = Math.log(nNeighbors) / Math.log(2);
        double sum = 0;
        for (float d : dist) {
            sum += d;
        }
        double meanAll = sum / ((double) n * nNeighbors);
        int[] cols = new int[n * k];
        float[] vals = new float[n * k];
        Parallel.forRange(n, 512, threads, progress, "fuzzy graph", (from, to) -> {
            long[] keys = new long[k];
            for (int i = from; i < to; i++) {
                row(nb, i, nNeighbors, target, meanAll, keys, cols, vals);
            }
        });
        // transpose: for each column c the rows r (ascending) with c in row r
        int[] tStart = new int[n + 1];
        for (int c : cols) {
            tStart[c + 1]++;
        }
        for (int i = 0; i < n; i++) {
            tStart[i + 1] += tStart[i];
        }
        int[] tRows = new int[n * k];
        float[] tVals = new float[n * k];
        int[] fill = Arrays.copyOf(tStart, n);
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < k; j++) {
                int c = cols[r * k + j];
                tRows[fill[c]] = r;
                tVals[fill[c]++] = vals[r * k + j];
            }
        }
        Union u = new Union(n, k, cols, vals, tStart, tRows, tVals);
        int count = u.run(null, null, null);
        int[] head = new int[count];
        int[] tail = new int[count];
        float[] weight = new float[count];
        u.run(head, tail, weight);
        return filter(n, head, tail, weight, nEpochs);
    }

    /** Memberships of row i, re-sorted by column. */
    private static void row(Knn.Neighbours nb, int i, int nNeighbors, double target, double meanAll, long[] keys,
                            int[] cols, float[] vals) {
        int k = nb.k();
        float[] dist = nb.distance();
        int off = i * k;
        double rho = SmoothKnn.rho(dist, off, k);
        double sigma = SmoothKnn.sigma(dist, off, k, 0, rho, target);
        double rowMean = 0;
        for (int j = 0; j < k; j++) {
            rowMean += dist[off + j];
        }
        rowMean /= nNeighbors;
        sigma = Math.max(sigma, SmoothKnn.MIN_DIST_SCALE * (rho > 0 ? rowMean : meanAll));
        for (int j = 0; j < k; j++) {
            keys[j] = ((long) nb.index(i, j) << 32) | j;
        }
        Arrays.sort(keys);
        for (int j = 0; j < k; j++) {
            int src = (int) keys[j];
            cols[off + j] = (int) (keys[j] >>> 32);
            vals[off + j] = (float) SmoothKnn.membership(dist[off + src], rho, sigma);
        }
    }

    private static FuzzyGraph filter(int n, int[] head, int[] tail, float[] weight, int nEpochs) {
        float max = 0;
        for (float w : weight) {
            max = Math.max(max, w);
        }
        float min = max / nEpochs;
        int kept = 0;
        for (int e = 0; e < weight.length; e++) {
            if (weight[e] >= min && weight[e] > 0) {
                head[kept] = head[e];
                tail[kept] = tail[e];
                weight[kept++] = weight[e];
            }
        }
        return new FuzzyGraph(n, Arrays.copyOf(head, kept), Arrays.copyOf(tail, kept), Arrays.copyOf(weight, kept));
    }

    /** Merges row i of P with row i of P^T; counts when the outputs are null, writes otherwise. */
    private record Union(int n, int k, int[] cols, float[] vals, int[] tStart, int[] tRows, float[] tVals) {
        int run(int[] head, int[] tail, float[] weight) {
            int out = 0;
            for (int i = 0; i < n; i++) {
                int p = i * k;
                int pEnd = p + k;
                int t = tStart[i];
                int tEnd = tStart[i + 1];
                while (p < pEnd || t < tEnd) {
                    int c;
                    double w;
                    if (t >= tEnd || (p < pEnd && cols[p] < tRows[t])) {
                        c = cols[p];
                        w = vals[p++];
                    } else if (p >= pEnd || tRows[t] < cols[p]) {
                        c = tRows[t];
                        w = tVals[t++];
                    } else {
                        double a = vals[p++];
                        double b = tVals[t++];
                        c = cols[p - 1];
                        w = a + b - a * b;
                    }
                    if (w > 0 && c != i) {
                        if (head != null) {
                            head[out] = i;
                            tail[out] = c;
                            weight[out] = (float) w;
                        }
                        out++;
                    }
                }
            }
            return out;
        }
    }
}
