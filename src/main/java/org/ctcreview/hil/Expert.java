package org.ctcreview.hil;

import java.util.List;

/**
 * Whoever labels the drawn cells: the UI's relabel session (a person) or {@link SimulatedExpert}.
 * Returns the labels given, in the order given; a person may leave cells unlabelled (time ran out), which
 * simply stay in the relabeling pool.
 */
public interface Expert {
    String name();

    List<GivenLabel> label(List<Long> cellIds);

    /** One label as the expert gave it, with the seconds it took (0 for a simulated expert). */
    record GivenLabel(long cellId, String label, double seconds) {
    }
}
