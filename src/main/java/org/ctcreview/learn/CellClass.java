package org.ctcreview.learn;

import java.util.List;
import java.util.Locale;

/**
 * The label classes a cell can carry (the label texts the project store accepts). {@code UNSURE} never takes part
 * in training; {@code NOT_CTC} is a negative for the CTC model but names no specific class.
 */
public enum CellClass {
    CTC, WBC, TDEV, BARE_NUCLEUS, CD45_EV, ARTEFACT, NOT_CTC, UNSURE;

    /** The classes of the one-vs-rest model, in output order. */
    public static final List<CellClass> SPECIFIC = List.of(CTC, WBC, TDEV, BARE_NUCLEUS, CD45_EV, ARTEFACT);

    /** Parses a label text (case-insensitive); null stays null (an unlabelled cell). */
    public static CellClass of(String label) {
        if (label == null) {
            return null;
        }
        try {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown label '" + label + "'; known: " + List.of(values()), e);
        }
    }

    /** Parses label texts; null entries stay null. */
    public static CellClass[] of(List<String> labels) {
        CellClass[] out = new CellClass[labels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = of(labels.get(i));
        }
        return out;
    }

    /** True for a label that can train a model (everything but UNSURE). */
    public boolean trainable() {
        return this != UNSURE;
    }
}
