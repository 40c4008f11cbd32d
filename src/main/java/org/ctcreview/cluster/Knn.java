package org.ctcreview.cluster;

import java.util.Arrays;
import org.ctcreview.task.ProgressListener;

/**
 * Exact k-nearest-neighbour search in Euclidean distance, parallel over query chunks. References are grouped
 * around k-means centroids ({@link KnnIndex}); each query visits the groups nearest first and skips a group
 * when the triangle inequality proves none of its members can beat the k-th neighbour found so far (for
 * clustered data most groups are skipped; for unstructured data this is brute force). Distances inside a
 * group come from centred float dot products in a loop the JIT vectorises; the chosen candidates' distances
 * are then recomputed exactly and sorted by (distance, index), so the result is deterministic and
 * independent of the thread count.
 */
final class Knn {
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
        KnnIndex ref = new KnnIndex(refs);
        int[] index = new int[nq * k];
        float[] distance = new float[nq * k];
        Parallel.forRange(nq, CHUNK, threads, progress, "nearest neighbours", (from, to) -> {
            Searcher s = new Searcher(ref, k);
            for (int q = from; q < to; q++) {
                s.search(queries[q], self ? q : -1);
                s.finish(queries[q], refs, index, distance, q * k);
            }
        });
        return new Neighbours(nq, k, index, distance);
    }

    /**
     * One thread's buffers for one query at a time: a candidate buffer; when it is full, the k best are kept
     * (quickselect) and their worst distance becomes the bar for new candidates and for skipping groups.
     */
    private static final class Searcher {
        private static final int BLOCK = 512;
        private final KnnIndex ref;
        private final int k;
        private final int cap;
        private final float[] acc = new float[BLOCK];
        private final float[] cq;
        private final double[] groupDistance;
        private final long[] groupOrder;
        private final float[] candD;
        private final int[] candI;
        private int count;
        private float bar;
        private float qNorm;

        Searcher(KnnIndex ref, int k) {
            this.ref = ref;
            this.k = k;
            this.cap = 4 * k + 256;
            this.cq = new float[ref.dim];
            this.groupDistance = new double[ref.groups()];
            this.groupOrder = new long[ref.groups()];
            candD = new float[cap];
            candI = new int[cap];
        }

        void search(float[] query, int exclude) {
            int dim = ref.dim;
            float s = 0;
            for (int d = 0; d < dim; d++) {
                float v = query[d] - ref.mean[d];
                cq[d] = v;
                s += v * v;
            }
            qNorm = s;
            count = 0;
            bar = Float.POSITIVE_INFINITY;
            int groups = ref.groups();
            for (int g = 0; g < groups; g++) {
                groupDistance[g] = Math.sqrt(KnnIndex.distance2(query, ref.centroid[g]));
                groupOrder[g] = (Double.doubleToLongBits(groupDistance[g]) & ~0xFFFFL) | g;
            }
            Arrays.sort(groupOrder);
            for (long key : groupOrder) {
                int g = (int) (key & 0xFFFFL);
                double lower = groupDistance[g] - ref.radius[g];
                if (lower > 0 && count >= k && lower * lower > bar * (1 + 1e-4) + 1e-9) {
                    continue;
                }
                for (int r0 = ref.start[g]; r0 < ref.start[g + 1]; r0 += BLOCK) {
                    int len = Math.min(BLOCK, ref.start[g + 1] - r0);
                    dots(r0, len);
                    scan(r0, len, exclude);
                }
            }
            if (count > k) {
                keepBest();
            }
        }

        private void dots(int r0, int len) {
            int dim = ref.dim;
            int n = ref.n;
            float[] t = ref.transposed;
            float[] c = cq;
            Arrays.fill(acc, 0, len, 0f);
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
        }

        private void scan(int r0, int len, int exclude) {
            float[] cd = candD;
            int[] ci = candI;
            float qn = qNorm;
            float[] norm2 = ref.norm2;
            int[] order = ref.order;
            float worst = bar;
            int m = count;
            for (int i = 0; i < len; i++) {
                float d2 = qn + norm2[r0 + i] - 2f * acc[i];
                if (d2 < worst && order[r0 + i] != exclude) {
                    cd[m] = d2;
                    ci[m++] = order[r0 + i];
                    if (m == cap) {
                        count = m;
                        keepBest();
                        m = count;
                        worst = bar;
                    }
                }
            }
            count = m;
        }

        /** Keeps the k best candidates (by distance, then index) and sets the bar. */
        private void keepBest() {
            float[] d = candD;
            int[] ix = candI;
            int lo = 0;
            int hi = count - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                float pd = d[mid];
                int pi = ix[mid];
                int i = lo;
                int j = hi;
                while (i <= j) {
                    while (less(d[i], ix[i], pd, pi)) {
                        i++;
                    }
                    while (less(pd, pi, d[j], ix[j])) {
                        j--;
                    }
                    if (i <= j) {
                        float td = d[i];
                        d[i] = d[j];
                        d[j] = td;
                        int ti = ix[i];
                        ix[i] = ix[j];
                        ix[j] = ti;
                        i++;
                        j--;
                    }
                }
                if (k - 1 <= j) {
                    hi = j;
                } else if (k - 1 >= i) {
                    lo = i;
                } else {
                    break;
                }
            }
            count = k;
            float max = d[0];
            for (int i = 1; i < k; i++) {
                max = Math.max(max, d[i]);
            }
            bar = max;
        }

        private static boolean less(float da, int ia, float db, int ib) {
            return da < db || (da == db && ia < ib);
        }

        /** Exact distances of the chosen candidates, sorted by (distance, index), into the output. */
        void finish(float[] query, float[][] refs, int[] index, float[] distance, int offset) {
            long[] keys = new long[k];
            for (int j = 0; j < k; j++) {
                float[] r = refs[candI[j]];
                double s = 0;
                for (int d = 0; d < query.length; d++) {
                    double v = (double) query[d] - r[d];
                    s += v * v;
                }
                keys[j] = ((long) Float.floatToIntBits((float) Math.sqrt(s)) << 32) | candI[j];
            }
            Arrays.sort(keys);
            for (int j = 0; j < k; j++) {
                index[offset + j] = (int) keys[j];
                distance[offset + j] = Float.intBitsToFloat((int) (keys[j] >>> 32));
            }
        }
    }
}
