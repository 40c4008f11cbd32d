package org.ctcreview.hil;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.ctcreview.learn.CellClass;

/**
 * The three pools of the loop: training (labelled, fitted on), test (labelled, never fitted on) and relabeling
 * (unlabelled cells the expert may be shown). A cell is in at most one pool; labels move a cell from the
 * relabeling pool into the training pool. UNSURE labels leave the pool too but are not trained on.
 */
public final class Pools {
    private final Map<Long, CellClass> train = new LinkedHashMap<>();
    private final Map<Long, CellClass> test = new LinkedHashMap<>();
    private final Set<Long> relabel = new LinkedHashSet<>();

    public static Pools of(Map<Long, CellClass> train, Map<Long, CellClass> test, Set<Long> relabel) {
        Pools p = new Pools();
        p.train.putAll(train);
        for (Map.Entry<Long, CellClass> e : test.entrySet()) {
            if (p.train.containsKey(e.getKey())) {
                throw new IllegalArgumentException("cell " + e.getKey() + " is in both the training and the test pool");
            }
            p.test.put(e.getKey(), e.getValue());
        }
        for (long id : relabel) {
            if (p.train.containsKey(id) || p.test.containsKey(id)) {
                throw new IllegalArgumentException("cell " + id + " is labelled and also in the relabeling pool");
            }
            p.relabel.add(id);
        }
        return p;
    }

    /** Moves labelled cells out of the relabeling pool; trainable labels join the training pool. */
    public void addLabels(Map<Long, CellClass> labels) {
        for (Map.Entry<Long, CellClass> e : labels.entrySet()) {
            if (!relabel.remove(e.getKey())) {
                throw new IllegalArgumentException("cell " + e.getKey() + " is not in the relabeling pool");
            }
            if (e.getValue() != null && e.getValue().trainable()) {
                train.put(e.getKey(), e.getValue());
            }
        }
    }

    public Map<Long, CellClass> train() {
        return Collections.unmodifiableMap(train);
    }

    public Map<Long, CellClass> test() {
        return Collections.unmodifiableMap(test);
    }

    public Set<Long> relabel() {
        return Collections.unmodifiableSet(relabel);
    }
}
