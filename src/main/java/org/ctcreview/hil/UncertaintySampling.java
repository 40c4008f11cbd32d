package org.ctcreview.hil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Per-cell uncertainty: the cells whose probability is closest to the decision threshold (ties broken at random). */
public final class UncertaintySampling implements SamplingStrategy {
    @Override
    public String name() {
        return "uncertainty";
    }

    @Override
    public List<Long> draw(DrawRequest request, Random rng) {
        record Keyed(long id, double distance, double tie) {
        }
        List<Keyed> keyed = new ArrayList<>(request.pool().size());
        for (Candidate c : request.pool()) {
            keyed.add(new Keyed(c.cellId(), Math.abs(c.probability() - request.threshold()), rng.nextDouble()));
        }
        keyed.sort(Comparator.comparingDouble(Keyed::distance).thenComparingDouble(Keyed::tie));
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < Math.min(request.count(), keyed.size()); i++) {
            out.add(keyed.get(i).id());
        }
        return out;
    }
}
