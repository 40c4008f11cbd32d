package org.ctcreview.hil;

import java.util.List;
import java.util.Map;

/**
 * What a sampling strategy gets: the relabeling pool (unlabelled cells with cluster and probability), the
 * per-cluster F1 of the last evaluation (clusters without a number are absent), the decision threshold and
 * how many cells to draw.
 */
public record DrawRequest(List<Candidate> pool, Map<Integer, Double> clusterF1, double threshold, int count) {
    public DrawRequest {
        pool = List.copyOf(pool);
        clusterF1 = Map.copyOf(clusterF1);
        if (count < 0) {
            throw new IllegalArgumentException("cannot draw " + count + " cells");
        }
    }
}
