package org.ctcreview.hil;

import java.util.List;
import java.util.Random;

/**
 * Chooses which unlabelled cells the expert sees next. Implementations must be deterministic for a given
 * {@link Random} and return distinct cells of the pool, at most {@code count} (fewer only when the pool runs dry).
 */
public interface SamplingStrategy {
    String name();

    List<Long> draw(DrawRequest request, Random rng);

    static SamplingStrategy named(String name) {
        return switch (name) {
            case "cluster" -> new ClusterSpecificSampling();
            case "random" -> new RandomSampling();
            case "uncertainty" -> new UncertaintySampling();
            case "real-world", "realworld" -> new RealWorldSampling(RealWorldSampling.DEFAULT_CAP);
            default -> throw new IllegalArgumentException("unknown strategy '" + name
                    + "'; use cluster, random, uncertainty or real-world");
        };
    }
}
