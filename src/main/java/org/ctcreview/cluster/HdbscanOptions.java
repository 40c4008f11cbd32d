package org.ctcreview.cluster;

/**
 * HDBSCAN settings; the defaults are the reference method's (min_cluster_size 15, min_samples 90, leaf
 * selection, cluster_selection_epsilon 0.25), with the hdbscan library's meaning of each.
 *
 * @param minClusterSize smallest group the condensed tree keeps as a cluster
 * @param minSamples     the core distance of a point is the distance to its min_samples-th nearest other point
 *                       (reduced to n - 1 for fewer points, as the hdbscan library does)
 * @param selection      LEAF: the leaves of the condensed tree; EOM: excess of mass (the library's default)
 * @param epsilon        cluster_selection_epsilon: clusters born below this distance are merged up to the
 *                       first ancestor born above it; 0 = off
 */
public record HdbscanOptions(int minClusterSize, int minSamples, Selection selection, double epsilon) {

    /** How flat clusters are read from the condensed tree. */
    public enum Selection { LEAF, EOM }

    public HdbscanOptions {
        if (minClusterSize < 2) {
            throw new IllegalArgumentException("min_cluster_size must be at least 2, not " + minClusterSize);
        }
        if (minSamples < 1) {
            throw new IllegalArgumentException("min_samples must be at least 1, not " + minSamples);
        }
        if (selection == null) {
            throw new IllegalArgumentException("choose a cluster selection (LEAF or EOM)");
        }
        if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("cluster_selection_epsilon must be a finite value >= 0, not " + epsilon);
        }
    }

    public static HdbscanOptions defaults() {
        return new HdbscanOptions(15, 90, Selection.LEAF, 0.25);
    }

    public HdbscanOptions withSelection(Selection s, double eps) {
        return new HdbscanOptions(minClusterSize, minSamples, s, eps);
    }

    public HdbscanOptions withSizes(int minCluster, int samples) {
        return new HdbscanOptions(minCluster, samples, selection, epsilon);
    }
}
