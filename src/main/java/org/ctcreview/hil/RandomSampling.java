package org.ctcreview.hil;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The baseline: a uniform draw without replacement from the whole relabeling pool. */
public final class RandomSampling implements SamplingStrategy {
    @Override
    public String name() {
        return "random";
    }

    @Override
    public List<Long> draw(DrawRequest request, Random rng) {
        List<Long> ids = new ArrayList<>(request.pool().size());
        request.pool().forEach(c -> ids.add(c.cellId()));
        Collections.shuffle(ids, rng);
        return List.copyOf(ids.subList(0, Math.min(request.count(), ids.size())));
    }
}
