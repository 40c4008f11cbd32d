package org.ctcreview.learn;

import java.util.OptionalDouble;

/**
 * The score of one cluster (or of all test cells, {@link #TOTAL}) under the rule of the published method:
 * <ul>
 * <li>{@link Kind#F1}: the cluster has at least one true CTC among its labelled test cells: F1 = 2tp/(2tp+fp+fn);</li>
 * <li>{@link Kind#SPECIFICITY}: it has labelled test cells but no true CTC: F1 is 0 or undefined there, so the
 * score is the specificity tn/(tn+fp): 1.0 when every cell is called non-CTC, lower for each false CTC call;</li>
 * <li>{@link Kind#NONE}: it has no labelled test cells: no score ({@link #value()} is NaN, {@link #score()} is
 * empty) and {@link #reason()} says so.</li>
 * </ul>
 *
 * @param cluster   cluster id, or {@link #TOTAL}
 * @param confusion counts of the cluster's labelled test cells
 * @param kind      which rule applied
 * @param value     the score, NaN for {@link Kind#NONE}
 * @param reason    one line: what the value is, or why there is none
 */
public record ClusterScore(int cluster, Confusion confusion, Kind kind, double value, String reason) {
    /** The cluster id used for the score over all test cells. */
    public static final int TOTAL = Integer.MIN_VALUE;

    public enum Kind { F1, SPECIFICITY, NONE }

    /** Applies the rule to the counts of one cluster. */
    public static ClusterScore of(int cluster, Confusion c) {
        String name = cluster == TOTAL ? "all test cells" : "cluster " + cluster;
        if (c.positives() > 0) {
            return new ClusterScore(cluster, c, Kind.F1, c.f1().getAsDouble(),
                    "F1 over " + c.total() + " labelled test cells of " + name);
        }
        if (c.negatives() > 0) {
            return new ClusterScore(cluster, c, Kind.SPECIFICITY, c.specificity().getAsDouble(),
                    "no true CTC among the " + c.total() + " labelled test cells of " + name
                            + ": specificity tn/(tn+fp)");
        }
        return new ClusterScore(cluster, c, Kind.NONE, Double.NaN, "no labelled test cells in " + name);
    }

    /** The score, empty for {@link Kind#NONE}. */
    public OptionalDouble score() {
        return kind == Kind.NONE ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public boolean hasScore() {
        return kind != Kind.NONE;
    }
}
