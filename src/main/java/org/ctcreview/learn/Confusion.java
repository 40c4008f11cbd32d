package org.ctcreview.learn;

import java.util.OptionalDouble;

/**
 * Confusion counts with CTC as the positive class. Ratios whose denominator is 0 are empty, never 0:
 * precision = tp / (tp + fp), recall = tp / (tp + fn), specificity = tn / (tn + fp),
 * F1 = 2 tp / (2 tp + fp + fn).
 */
public record Confusion(long tp, long fp, long tn, long fn) {
    public static final Confusion EMPTY = new Confusion(0, 0, 0, 0);

    public Confusion {
        if (tp < 0 || fp < 0 || tn < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count in " + tp + "/" + fp + "/" + tn + "/" + fn);
        }
    }

    /** Counts cells: truth[i] is "really CTC", predicted[i] is "called CTC". */
    public static Confusion of(boolean[] truth, boolean[] predicted) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " true labels but " + predicted.length + " predictions");
        }
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i]) {
                if (predicted[i]) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (predicted[i]) {
                fp++;
            } else {
                tn++;
            }
        }
        return new Confusion(tp, fp, tn, fn);
    }

    public Confusion plus(Confusion o) {
        return new Confusion(tp + o.tp, fp + o.fp, tn + o.tn, fn + o.fn);
    }

    public long total() {
        return tp + fp + tn + fn;
    }

    /** Cells that are really CTC (tp + fn). */
    public long positives() {
        return tp + fn;
    }

    /** Cells that are really not CTC (tn + fp). */
    public long negatives() {
        return tn + fp;
    }

    public OptionalDouble precision() {
        return ratio(tp, tp + fp);
    }

    public OptionalDouble recall() {
        return ratio(tp, tp + fn);
    }

    public OptionalDouble specificity() {
        return ratio(tn, tn + fp);
    }

    public OptionalDouble f1() {
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    private static OptionalDouble ratio(long num, long den) {
        return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) num / den);
    }
}
