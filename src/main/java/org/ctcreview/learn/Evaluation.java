package org.ctcreview.learn;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Scores of all test cells and of each cluster (by id, ascending). */
public record Evaluation(ClusterScore total, SortedMap<Integer, ClusterScore> clusters) {
    public Evaluation {
        clusters = Collections.unmodifiableSortedMap(new TreeMap<>(clusters));
    }

    /** The cluster with the lowest score (ties: the lower id); empty when no cluster has a score. */
    public Optional<ClusterScore> lowest() {
        ClusterScore low = null;
        for (ClusterScore s : clusters.values()) {
            if (s.hasScore() && (low == null || s.value() < low.value())) {
                low = s;
            }
        }
        return Optional.ofNullable(low);
    }
}
