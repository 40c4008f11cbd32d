package org.ctcreview.cluster;

import java.util.ArrayList;
import java.util.List;
import org.ctcreview.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HDBSCAN* on map positions, our own implementation of the hdbscan library's algorithm (Tribuo 4.3.2 has
 * neither leaf selection nor cluster_selection_epsilon and keeps its tree private): core distances from a
 * grid kNN, the exact mutual-reachability spanning tree (Prim, O(n^2)), condensed tree, EOM or leaf
 * selection, epsilon merging. Deterministic; points in no cluster get -1 (the background).
 */
public final class Hdbscan {
    private static final Logger LOG = LoggerFactory.getLogger(Hdbscan.class);

    private Hdbscan() {
    }

    public static HdbscanModel fit(Points2d points, HdbscanOptions options) {
        return fit(points, options, ProgressListener.none());
    }

    public static HdbscanModel fit(Points2d points, HdbscanOptions options, ProgressListener progress) {
        int n = points.size();
        if (n == 0) {
            throw new IllegalArgumentException("no points to cluster: the input is empty");
        }
        for (int i = 0; i < n; i++) {
            if (!Float.isFinite(points.x()[i]) || !Float.isFinite(points.y()[i])) {
                throw new IllegalArgumentException("map position " + i + " is not finite (" + points.x()[i] + ", "
                        + points.y()[i] + ")");
            }
        }
        List<String> notes = new ArrayList<>();
        int minSamples = Math.max(1, Math.min(options.minSamples(), n - 1));
        if (minSamples != options.minSamples()) {
            notes.add("only " + n + " points: min_samples reduced from " + options.minSamples() + " to " + minSamples);
        }
        long t0 = System.nanoTime();
        Grid2d grid = new Grid2d(points);
        double[] core = new double[n];
        if (n > 1) {
            int[] idx = new int[minSamples];
            double[] dist = new double[minSamples];
            for (int i = 0; i < n; i++) {
                int found = grid.nearest(points.x()[i], points.y()[i], minSamples, i, idx, dist);
                core[i] = dist[found - 1];
            }
        }
        if (n < 2) {
            notes.add("a single point cannot form a cluster");
            return new HdbscanModel(points, grid, core, null, new int[] {-1}, new int[] {-1}, options, minSamples, notes);
        }
        long t1 = System.nanoTime();
        ReachabilityMst.Edges mst = ReachabilityMst.of(points, core, progress);
        long t2 = System.nanoTime();
        CondensedTree tree = CondensedTree.of(mst, n, options.minClusterSize());
        int[] labelOf = ClusterSelection.labelOfClusters(tree, options.selection(), options.epsilon());
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = labelOf[tree.pointParent[i] - n];
        }
        HdbscanModel model = new HdbscanModel(points, grid, core, tree, labelOf, labels, options, minSamples, notes);
        LOG.info("HDBSCAN of {} points: core distances {} ms, spanning tree {} ms, tree and selection {} ms;"
                + " {} clusters, {} background", n, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000, model.clusterCount(), model.backgroundCount());
        return model;
    }
}
