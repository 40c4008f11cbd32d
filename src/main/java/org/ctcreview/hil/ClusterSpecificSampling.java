package org.ctcreview.hil;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The published cluster-specific strategy: each cell is drawn from cluster i with probability
 * {@code p_i = (1 - F1_i) / sum_j (1 - F1_j)} over the clusters that still have pool cells; then uniformly
 * within the cluster. Clusters without an F1 (no labelled test cells) get the mean weight of the others, so
 * they are neither ignored nor favoured; if every weight is 0 (all F1 = 1) the draw is uniform over clusters.
 */
public final class ClusterSpecificSampling implements SamplingStrategy {
    @Override
    public String name() {
        return "cluster";
    }

    /** p_i for the given clusters; exposed for tests and for display. */
    public static Map<Integer, Double> probabilities(Iterable<Integer> clusters, Map<Integer, Double> f1) {
        Map<Integer, Double> w = new TreeMap<>();
        double known = 0;
        int nKnown = 0;
        for (int c : clusters) {
            Double v = f1.get(c);
            if (v != null && !v.isNaN()) {
                w.put(c, 1 - v);
                known += 1 - v;
                nKnown++;
            }
        }
        double fallback = nKnown == 0 ? 1 : known / nKnown;
        for (int c : clusters) {
            w.putIfAbsent(c, fallback);
        }
        double sum = w.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<Integer, Double> p = new TreeMap<>();
        for (Map.Entry<Integer, Double> e : w.entrySet()) {
            p.put(e.getKey(), sum > 0 ? e.getValue() / sum : 1.0 / w.size());
        }
        return p;
    }

    @Override
    public List<Long> draw(DrawRequest request, Random rng) {
        Map<Integer, List<Long>> byCluster = new TreeMap<>();
        for (Candidate c : request.pool()) {
            byCluster.computeIfAbsent(c.cluster(), k -> new ArrayList<>()).add(c.cellId());
        }
        for (List<Long> ids : byCluster.values()) {
            Collections.shuffle(ids, rng);
        }
        List<Long> out = new ArrayList<>();
        while (out.size() < request.count() && !byCluster.isEmpty()) {
            Map<Integer, Double> p = probabilities(byCluster.keySet(), request.clusterF1());
            double u = rng.nextDouble();
            int chosen = -2;
            double acc = 0;
            for (Map.Entry<Integer, Double> e : p.entrySet()) {
                acc += e.getValue();
                chosen = e.getKey();
                if (u < acc) {
                    break;
                }
            }
            List<Long> ids = byCluster.get(chosen);
            out.add(ids.remove(ids.size() - 1));
            if (ids.isEmpty()) {
                byCluster.remove(chosen);
            }
        }
        return out;
    }
}
