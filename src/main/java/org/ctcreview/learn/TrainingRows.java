package org.ctcreview.learn;

import java.util.Arrays;
import java.util.function.Predicate;

/** Picks the rows of labelled cells that take part in a fit. */
final class TrainingRows {
    private TrainingRows() {
    }

    /** Indices of the cells whose label passes {@code keep}; null (unlabelled) never does. */
    static int[] where(CellClass[] labels, Predicate<CellClass> keep) {
        int[] idx = new int[labels.length];
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != null && keep.test(labels[i])) {
                idx[n++] = i;
            }
        }
        return Arrays.copyOf(idx, n);
    }

    static float[][] rows(float[][] x, int[] idx) {
        float[][] out = new float[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            out[i] = x[idx[i]];
        }
        return out;
    }

    static boolean[] is(CellClass[] labels, int[] idx, CellClass cls) {
        boolean[] out = new boolean[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = labels[idx[i]] == cls;
        }
        return out;
    }

    /** Checks rows and labels line up, then returns the trainable rows (UNSURE and unlabelled dropped). */
    static int[] trainable(float[][] embeddings, CellClass[] labels) {
        Features.check(embeddings, 0);
        Features.sameLength(embeddings.length, labels.length, "labels");
        return where(labels, CellClass::trainable);
    }
}
