package org.ctcreview.learn;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Precision, recall, F1 and specificity of CTC calls, in total and per cluster; see {@link ClusterScore}. */
public final class Metrics {
    private Metrics() {
    }

    /** Confusion counts of labelled test cells (truth: really CTC; predicted: called CTC). */
    public static Confusion confusion(boolean[] truth, boolean[] predicted) {
        return Confusion.of(truth, predicted);
    }

    /** Scores in total and per cluster id occurring in {@code cluster} (one id per test cell). */
    public static Evaluation evaluate(boolean[] truth, boolean[] predicted, int[] cluster) {
        return evaluate(truth, predicted, cluster, List.of());
    }

    /**
     * Scores in total and per cluster; {@code allClusters} lists clusters to report even when they have no test
     * cells (they get {@link ClusterScore.Kind#NONE}).
     */
    public static Evaluation evaluate(boolean[] truth, boolean[] predicted, int[] cluster,
                                      Collection<Integer> allClusters) {
        if (truth.length != predicted.length || truth.length != cluster.length) {
            throw new IllegalArgumentException("truth, predictions and clusters differ in length: " + truth.length
                    + ", " + predicted.length + ", " + cluster.length);
        }
        Map<Integer, long[]> counts = new TreeMap<>();
        for (int id : allClusters) {
            counts.put(id, new long[4]);
        }
        long[] all = new long[4];
        for (int i = 0; i < truth.length; i++) {
            int slot = truth[i] ? (predicted[i] ? 0 : 3) : (predicted[i] ? 1 : 2);
            counts.computeIfAbsent(cluster[i], k -> new long[4])[slot]++;
            all[slot]++;
        }
        TreeMap<Integer, ClusterScore> scores = new TreeMap<>();
        for (Map.Entry<Integer, long[]> e : counts.entrySet()) {
            scores.put(e.getKey(), ClusterScore.of(e.getKey(), confusion(e.getValue())));
        }
        return new Evaluation(ClusterScore.of(ClusterScore.TOTAL, confusion(all)), scores);
    }

    private static Confusion confusion(long[] c) {
        return new Confusion(c[0], c[1], c[2], c[3]);
    }
}
