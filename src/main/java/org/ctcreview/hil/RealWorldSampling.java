package org.ctcreview.hil;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The published real-world variant: the pool is cut to the cluster with the lowest F1 (among clusters that
 * have one and still have pool cells) and to the cells the classifier calls non-CTC, at most {@code cap}
 * of them (random subset); the expert searches that pool for missed CTCs. Draws up to {@code count} from it.
 */
public final class RealWorldSampling implements SamplingStrategy {
    public static final int DEFAULT_CAP = 1000;
    private final int cap;

    public RealWorldSampling(int cap) {
        if (cap <= 0) {
            throw new IllegalArgumentException("pool cap must be positive, got " + cap);
        }
        this.cap = cap;
    }

    @Override
    public String name() {
        return "real-world";
    }

    /** The weakest cluster with pool cells, or empty when no cluster has an F1. */
    static Integer weakestCluster(List<Candidate> pool, Map<Integer, Double> f1) {
        Integer best = null;
        double bestF1 = Double.MAX_VALUE;
        for (Candidate c : pool) {
            Double v = f1.get(c.cluster());
            if (v != null && !v.isNaN() && (v < bestF1 || (v == bestF1 && c.cluster() < best))) {
                bestF1 = v;
                best = c.cluster();
            }
        }
        return best;
    }

    @Override
    public List<Long> draw(DrawRequest request, Random rng) {
        Integer weakest = weakestCluster(request.pool(), request.clusterF1());
        List<Long> ids = new ArrayList<>();
        for (Candidate c : request.pool()) {
            if ((weakest == null || c.cluster() == weakest) && c.probability() < request.threshold()) {
                ids.add(c.cellId());
            }
        }
        Collections.shuffle(ids, rng);
        List<Long> capped = ids.subList(0, Math.min(cap, ids.size()));
        return List.copyOf(capped.subList(0, Math.min(request.count(), capped.size())));
    }
}
