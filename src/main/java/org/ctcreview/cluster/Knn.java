package org.ctcreview.cluster;

import java.util.Arrays;
import org.ctcreview.task.ProgressListener;

/**
 * Exact k-nearest-neighbour search in Euclidean distance: blocked brute force (query blocks against
 * reference blocks, dot products in a loop the JIT vectorises), parallel over query chunks. Candidates are
 * chosen on centred float dot products, then their distances are recomputed exactly and sorted by
 * (distance, index), so the result is deterministic and independent of the thread count.
 */
final class Knn {
    private static final int QUERY_BLOCK = 32;
    private static final int CHUNK = 256;

    private Knn() {
    }

    /** k neighbours per query row, row-major: entry j of query q is at {@code q * k + j}. */
    record Neighbours(int queries, int k, int[] index, float[] distance) {
        int index(int q, int j) {
            return index[q * k + j];
        }

        float distance(int q, int j) {
            return distance[q * k + j];
        }
    }

    /** The k nearest other points of every point (a point is never its own neighbour). */
    static Neighbours self(float[][] data, int k, int threads, ProgressListener progress) {
        if (k > data.length - 1) {
            throw new IllegalArgumentException("k = " + k + " needs at least " + (k + 1) + " points");
        }
        return search(data, data, true, k, threads, progress);
    }

    /** The k nearest reference points of every query. */
    static Neighbours query(float[][] queries, float[][] refs, int k, int threads, ProgressListener progress) {
        if (k > refs.length) {
            throw new IllegalArgumentException("k = " + k + " needs at least " + k + " reference points");
        }
        return search(queries, refs, false, k, threads, progress);
    }

    private static Neighbours search(float[][] queries, float[][] refs, boolean self, int k, int threads,
                                     ProgressListener progress) {
        int nq = queries.length;
        int dim = refs[0].length;
        Centred ref = Centred.of(refs);
        int[] index = new int[nq * k];
        float[] distance = new float[nq * k];
        int refBlock = Math.max(256, 32768 / dim);
        Parallel.forRange(nq, CHUNK, threads, progress, "nearest neighbours", (from, to) -> {
            Searcher s = new Searcher(ref, k, refBlock);
            for (int q0 = from; q0 < to; q0 += QUERY_BLOCK) {
                int q1 = Math.min(to, q0 + QUERY_BLOCK);
                s.block(queries, q0, q1, self);
                for (int q = q0; q < q1; q++) {
                    s.finish(q - q0, queries[q], refs, index, distance, q * k);
                }
            }
        });
        return new Neighbours(nq, k, index, distance);
    }

    /** Reference vectors minus their mean, transposed (dimension-major) for the vectorised loop. */
    private record Centred(int n, int dim, float[] mean, float[] transposed, float[] norm2) {
        static Centred of(float[][] refs) {
            int n = refs.length;
            int dim = refs[0].length;
            double[] sum = new double[dim];
            for (float[] r : refs) {
                for (int d = 0; d < dim; d++) {
                    sum[d] += r[d];
                }
            }
            float[] mean = new float[dim];
            for (int d = 0; d < dim; d++) {
                mean[d] = (float) (sum[d] / n);
            }
            float[] t = new float[dim * n];
            float[] norm2 = new float[n];
            for (int i = 0; i < n; i++) {
                float s = 0;
                for (int d = 0; d < dim; d++) {
                    float v = refs[i][d] - mean[d];
                    t[d * n + i] = v;
                    s += v * v;
                }
                norm2[i] = s;
            }
            return new Centred(n, dim, mean, t, norm2);
        }
    }

    /** One thread's buffers: bounded max-heaps for a block of queries. */
    private static final class Searcher {
        private final Centred ref;
        private final int k;
        private final int refBlock;
        private final float[] acc;
        private final float[][] cq = new float[QUERY_BLOCK][];
        private final float[] qNorm = new float[QUERY_BLOCK];
        private final float[][] heapD = new float[QUERY_BLOCK][];
        private final int[][] heapI = new int[QUERY_BLOCK][];
        private final int[] size = new int[QUERY_BLOCK];

        Searcher(Centred ref, int k, int refBlock) {
            this.ref = ref;
            this.k = k;
            this.refBlock = refBlock;
            this.acc = new float[refBlock];
            for (int b = 0; b < QUERY_BLOCK; b++) {
                cq[b] = new float[ref.dim()];
                heapD[b] = new float[k];
                heapI[b] = new int[k];
            }
        }

        void block(float[][] queries, int q0, int q1, boolean self) {
            int dim = ref.dim();
            for (int b = 0; b < q1 - q0; b++) {
                float s = 0;
                for (int d = 0; d < dim; d++) {
                    float v = queries[q0 + b][d] - ref.mean()[d];
                    cq[b][d] = v;
                    s += v * v;
                }
                qNorm[b] = s;
                size[b] = 0;
            }
            int n = ref.n();
            float[] t = ref.transposed();
            for (int r0 = 0; r0 < n; r0 += refBlock) {
                int len = Math.min(refBlock, n - r0);
                for (int b = 0; b < q1 - q0; b++) {
                    Arrays.fill(acc, 0, len, 0f);
                    float[] c = cq[b];
                    int d = 0;
                    for (; d + 3 < dim; d += 4) {
                        float c0 = c[d];
                        float c1 = c[d + 1];
                        float c2 = c[d + 2];
                        float c3 = c[d + 3];
                        int o0 = d * n + r0;
                        int o1 = o0 + n;
                        int o2 = o1 + n;
                        int o3 = o2 + n;
                        for (int i = 0; i < len; i++) {
                            acc[i] += c0 * t[o0 + i] + c1 * t[o1 + i] + c2 * t[o2 + i] + c3 * t[o3 + i];
                        }
                    }
                    for (; d < dim; d++) {
                        float c0 = c[d];
                        int o0 = d * n + r0;
                        for (int i = 0; i < len; i++) {
                            acc[i] += c0 * t[o0 + i];
                        }
                    }
                    scan(b, r0, len, self ? q0 + b : -1);
                }
            }
        }

        private void scan(int b, int r0, int len, int exclude) {
            float[] hd = heapD[b];
            int[] hi = heapI[b];
            float qn = qNorm[b];
            float[] norm2 = ref.norm2();
            float worst = size[b] < k ? Float.POSITIVE_INFINITY : hd[0];
            for (int i = 0; i < len; i++) {
                float d2 = qn + norm2[r0 + i] - 2f * acc[i];
                if (d2 < worst && r0 + i != exclude) {
                    worst = push(b, hd, hi, d2, r0 + i);
                }
            }
        }

        private float push(int b, float[] hd, int[] hi, float d2, int idx) {
            if (size[b] < k) {
                int pos = size[b]++;
                while (pos > 0) {
                    int parent = (pos - 1) >>> 1;
                    if (hd[parent] >= d2) {
                        break;
                    }
                    hd[pos] = hd[parent];
                    hi[pos] = hi[parent];
                    pos = parent;
                }
                hd[pos] = d2;
                hi[pos] = idx;
                return size[b] < k ? Float.POSITIVE_INFINITY : hd[0];
            }
            int pos = 0;
            while (true) {
                int child = 2 * pos + 1;
                if (child >= k) {
                    break;
                }
                if (child + 1 < k && hd[child + 1] > hd[child]) {
                    child++;
                }
                if (hd[child] <= d2) {
                    break;
                }
                hd[pos] = hd[child];
                hi[pos] = hi[child];
                pos = child;
            }
            hd[pos] = d2;
            hi[pos] = idx;
            return hd[0];
        }

        /** Exact distances of the chosen candidates, sorted by (distance, index), into the output. */
        void finish(int b, float[] query, float[][] refs, int[] index, float[] distance, int offset) {
            long[] keys = new long[k];
            for (int j = 0; j < k; j++) {
                float[] r = refs[heapI[b][j]];
                double s = 0;
                for (int d = 0; d < query.length; d++) {
                    double v = (double) query[d] - r[d];
                    s += v * v;
                }
                keys[j] = ((long) Float.floatToIntBits((float) Math.sqrt(s)) << 32) | heapI[b][j];
            }
            Arrays.sort(keys);
            for (int j = 0; j < k; j++) {
                index[offset + j] = (int) keys[j];
                distance[offset + j] = Float.intBitsToFloat((int) (keys[j] >>> 32));
            }
        }
    }
}
