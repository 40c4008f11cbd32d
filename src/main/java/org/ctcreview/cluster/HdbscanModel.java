package org.ctcreview.cluster;

import java.util.List;

/**
 * A fitted HDBSCAN: the label of every fitted point (-1 = background) and prediction for new points as the
 * hdbscan library's {@code approximate_predict}: the new point's nearest fitted point in mutual reachability
 * (among its 2 min_samples nearest), the lambda at which it would join, the tree cluster alive at that
 * lambda. One difference: a tree cluster below a selected cluster counts as that cluster (the library
 * returns -1 there, although it labels fitted points in that cluster with it).
 */
public final class HdbscanModel {
    private final Points2d points;
    private final Grid2d grid;
    private final double[] core;
    private final CondensedTree tree;
    private final int[] labelOf;
    private final int[] labels;
    private final HdbscanOptions options;
    private final int minSamples;
    private final List<String> notes;
    private final int clusterCount;

    HdbscanModel(Points2d points, Grid2d grid, double[] core, CondensedTree tree, int[] labelOf, int[] labels,
                 HdbscanOptions options, int minSamples, List<String> notes) {
        this.points = points;
        this.grid = grid;
        this.core = core;
        this.tree = tree;
        this.labelOf = labelOf;
        this.labels = labels;
        this.options = options;
        this.minSamples = minSamples;
        this.notes = List.copyOf(notes);
        int max = -1;
        for (int l : labels) {
            max = Math.max(max, l);
        }
        this.clusterCount = max + 1;
    }

    /** The cluster of every fitted point, 0 .. clusterCount - 1, or -1 for the background. Do not modify. */
    public int[] labels() {
        return labels;
    }

    public int clusterCount() {
        return clusterCount;
    }

    /** Points per cluster, index = cluster id. */
    public int[] clusterSizes() {
        int[] sizes = new int[clusterCount];
        for (int l : labels) {
            if (l >= 0) {
                sizes[l]++;
            }
        }
        return sizes;
    }

    public int backgroundCount() {
        int b = 0;
        for (int l : labels) {
            if (l < 0) {
                b++;
            }
        }
        return b;
    }

    public HdbscanOptions options() {
        return options;
    }

    /** min_samples as used (smaller than asked when there were few points). */
    public int minSamplesUsed() {
        return minSamples;
    }

    public List<String> notes() {
        return notes;
    }

    /** The cluster of a new map position, or -1. */
    public int predict(float x, float y) {
        if (tree == null || !Float.isFinite(x) || !Float.isFinite(y)) {
            return -1;
        }
        int n = points.size();
        int k = Math.min(2 * minSamples, n);
        int[] idx = new int[k];
        double[] dist = new double[k];
        int found = grid.nearest(x, y, k, -1, idx, dist);
        double coreQ = dist[Math.min(minSamples, found) - 1];
        double best = Double.POSITIVE_INFINITY;
        int nn = -1;
        for (int j = 0; j < found; j++) {
            double mr = Math.max(dist[j], Math.max(coreQ, core[idx[j]]));
            if (mr < best) {
                best = mr;
                nn = idx[j];
            }
        }
        double lambda = best > 0 ? 1 / best : Double.MAX_VALUE;
        int c = tree.pointParent[nn];
        if (tree.pointLambda[nn] > lambda) {
            while (c != tree.root() && tree.birth[c - n] >= lambda) {
                c = tree.clusterParent[c - n];
            }
        }
        return labelOf[c - n];
    }

    /** The clusters of new map positions. */
    public int[] predict(Points2d p) {
        int[] out = new int[p.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = predict(p.x()[i], p.y()[i]);
        }
        return out;
    }
}
