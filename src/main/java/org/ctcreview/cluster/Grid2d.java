package org.ctcreview.cluster;

/**
 * Exact k-nearest-neighbour queries on 2-D points with a uniform grid: rings of cells around the query's
 * cell are searched until the k-th distance found is within the searched radius. Results are sorted by
 * (distance, index), so they are deterministic.
 */
final class Grid2d {
    private static final int MAX_SIDE = 4096;

    private final float[] x;
    private final float[] y;
    private final double minX;
    private final double minY;
    private final double cell;
    private final int cols;
    private final int rows;
    private final int[] start;
    private final int[] order;

    Grid2d(Points2d p) {
        this.x = p.x();
        this.y = p.y();
        int n = x.length;
        double lx = Double.POSITIVE_INFINITY;
        double ly = Double.POSITIVE_INFINITY;
        double hx = Double.NEGATIVE_INFINITY;
        double hy = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lx = Math.min(lx, x[i]);
            ly = Math.min(ly, y[i]);
            hx = Math.max(hx, x[i]);
            hy = Math.max(hy, y[i]);
        }
        double w = Math.max(hx - lx, 1e-9);
        double h = Math.max(hy - ly, 1e-9);
        double c = Math.sqrt(w * h * 4 / Math.max(n, 1));
        c = Math.max(c, Math.max(w, h) / MAX_SIDE);
        this.minX = lx;
        this.minY = ly;
        this.cell = c;
        this.cols = Math.max(1, Math.min(MAX_SIDE, (int) (w / c) + 1));
        this.rows = Math.max(1, Math.min(MAX_SIDE, (int) (h / c) + 1));
        this.start = new int[cols * rows + 1];
        this.order = new int[n];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = cellIndex(col(x[i]), row(y[i]));
            start[cellOf[i] + 1]++;
        }
        for (int i = 0; i < cols * rows; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = java.util.Arrays.copyOf(start, cols * rows);
        for (int i = 0; i < n; i++) {
            order[fill[cellOf[i]]++] = i;
        }
    }

    private int col(double v) {
        return (int) Math.max(0, Math.min(cols - 1, Math.floor((v - minX) / cell)));
    }

    private int row(double v) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor((v - minY) / cell)));
    }

    private int cellIndex(int c, int r) {
        return r * cols + c;
    }

    /**
     * The k nearest points to (qx, qy), point {@code exclude} left out (-1: none), written ascending to
     * {@code idx} and {@code dist} (Euclidean distances); returns how many were found (fewer than k only when
     * there are fewer points).
     */
    int nearest(double qx, double qy, int k, int exclude, int[] idx, double[] dist) {
        int cx = col(qx);
        int cy = row(qy);
        Heap heap = new Heap(k, idx, dist);
        int maxRing = Math.max(cols, rows);
        for (int r = 0; r <= maxRing; r++) {
            for (int gy = cy - r; gy <= cy + r; gy++) {
                if (gy < 0 || gy >= rows) {
                    continue;
                }
                boolean edgeRow = gy == cy - r || gy == cy + r;
                int step = edgeRow ? 1 : Math.max(1, 2 * r);
                for (int gx = cx - r; gx <= cx + r; gx += step) {
                    if (gx < 0 || gx >= cols) {
                        continue;
                    }
                    int c = cellIndex(gx, gy);
                    for (int s = start[c]; s < start[c + 1]; s++) {
                        int i = order[s];
                        if (i != exclude) {
                            double dx = x[i] - qx;
                            double dy = y[i] - qy;
                            heap.offer(dx * dx + dy * dy, i);
                        }
                    }
                }
            }
            double reach = r * cell;
            if (heap.full() && heap.worst() <= reach * reach) {
                break;
            }
        }
        return heap.finish();
    }

    /** A bounded max-heap on squared distance, written into the caller's arrays. */
    private static final class Heap {
        private final int k;
        private final int[] idx;
        private final double[] d2;
        private int size;

        Heap(int k, int[] idx, double[] d2) {
            this.k = k;
            this.idx = idx;
            this.d2 = d2;
        }

        boolean full() {
            return size == k;
        }

        double worst() {
            return d2[0];
        }

        void offer(double v, int i) {
            if (size < k) {
                int pos = size++;
                while (pos > 0 && greater(v, i, (pos - 1) >>> 1)) {
                    int parent = (pos - 1) >>> 1;
                    d2[pos] = d2[parent];
                    idx[pos] = idx[parent];
                    pos = parent;
                }
                d2[pos] = v;
                idx[pos] = i;
            } else if (greater(d2[0], idx[0], v, i)) {
                siftDown(v, i, k);
            }
        }

        /** Puts (v, i) at the root of the max-heap of the first {@code end} slots and sifts it down. */
        private void siftDown(double v, int i, int end) {
            int pos = 0;
            while (true) {
                int child = 2 * pos + 1;
                if (child >= end) {
                    break;
                }
                if (child + 1 < end && greater(d2[child + 1], idx[child + 1], d2[child], idx[child])) {
                    child++;
                }
                if (!greater(d2[child], idx[child], v, i)) {
                    break;
                }
                d2[pos] = d2[child];
                idx[pos] = idx[child];
                pos = child;
            }
            d2[pos] = v;
            idx[pos] = i;
        }

        private boolean greater(double v, int i, int slot) {
            return greater(v, i, d2[slot], idx[slot]);
        }

        private static boolean greater(double va, int ia, double vb, int ib) {
            return va > vb || (va == vb && ia > ib);
        }

        /** Sorts ascending by (distance, index) (heap sort) and takes square roots; returns the count. */
        int finish() {
            for (int end = size - 1; end > 0; end--) {
                double v = d2[end];
                int i = idx[end];
                d2[end] = d2[0];
                idx[end] = idx[0];
                siftDown(v, i, end);
            }
            for (int a = 0; a < size; a++) {
                d2[a] = Math.sqrt(d2[a]);
            }
            return size;
        }
    }
}
