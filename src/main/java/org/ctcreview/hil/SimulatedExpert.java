package org.ctcreview.hil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An oracle that labels from known classes (the generator's ground truth through
 * {@code pipeline.TruthLabels}), optionally noisy: with probability {@code flipRate} a CTC becomes NOT_CTC
 * and a non-CTC becomes CTC (the published experts disagreed on a few percent of cells).
 */
public final class SimulatedExpert implements Expert {
    private final Map<Long, String> truth;
    private final double flipRate;
    private final Random rng;

    private SimulatedExpert(Map<Long, String> truth, double flipRate, long seed) {
        if (flipRate < 0 || flipRate > 0.5) {
            throw new IllegalArgumentException("label noise must be in [0, 0.5], got " + flipRate);
        }
        this.truth = Map.copyOf(truth);
        this.flipRate = flipRate;
        this.rng = new Random(seed);
    }

    public static SimulatedExpert exact(Map<Long, String> truth) {
        return new SimulatedExpert(truth, 0, 0);
    }

    public static SimulatedExpert noisy(Map<Long, String> truth, double flipRate, long seed) {
        return new SimulatedExpert(truth, flipRate, seed);
    }

    @Override
    public String name() {
        return flipRate == 0 ? "simulated-oracle" : "simulated-oracle(noise " + flipRate + ")";
    }

    @Override
    public List<GivenLabel> label(List<Long> cellIds) {
        List<GivenLabel> out = new ArrayList<>(cellIds.size());
        for (long id : cellIds) {
            String t = truth.get(id);
            if (t == null) {
                throw new IllegalArgumentException("the oracle has no true class for cell " + id);
            }
            if (flipRate > 0 && rng.nextDouble() < flipRate) {
                t = "CTC".equals(t) ? "NOT_CTC" : "CTC";
            }
            out.add(new GivenLabel(id, t, 0));
        }
        return out;
    }
}
