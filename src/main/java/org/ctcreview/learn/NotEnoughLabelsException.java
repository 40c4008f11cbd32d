package org.ctcreview.learn;

import java.util.ArrayList;
import java.util.List;
import org.ctcreview.model.BadInputException;

/**
 * Too few labelled cells to fit a model: at least {@link #MIN_PER_CLASS} of each of the two classes, hence at
 * least {@link #MIN_TOTAL} in all. The message says how many more of which kind to label; the counts are available
 * to a UI.
 */
public final class NotEnoughLabelsException extends BadInputException {
    /** Labelled cells needed of each of the two classes. */
    public static final int MIN_PER_CLASS = 5;
    /** Labelled cells needed in all (implied by {@link #MIN_PER_CLASS}). */
    public static final int MIN_TOTAL = 2 * MIN_PER_CLASS;

    private final int morePositive;
    private final int moreNegative;

    private NotEnoughLabelsException(String message, int morePositive, int moreNegative) {
        super(null, message, "label more cells, then fit again");
        this.morePositive = morePositive;
        this.moreNegative = moreNegative;
    }

    /** Throws when {@code positives}/{@code negatives} are too few; names are e.g. "CTC" and "non-CTC". */
    static void require(String positiveName, int positives, String negativeName, int negatives) {
        int morePos = Math.max(0, MIN_PER_CLASS - positives);
        int moreNeg = Math.max(0, MIN_PER_CLASS - negatives);
        if (morePos + moreNeg == 0) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (morePos > 0) {
            parts.add(cells(morePos, positiveName));
        }
        if (moreNeg > 0) {
            parts.add(cells(moreNeg, negativeName));
        }
        String oneClass = positives == 0 && negatives > 0 ? "the training set has only " + negativeName + " cells; "
                : negatives == 0 && positives > 0 ? "the training set has only " + positiveName + " cells; " : "";
        String message = "not enough labels yet: " + oneClass + "label " + String.join(" and ", parts)
                + " (have " + positives + " " + positiveName + " and " + negatives + " " + negativeName
                + "; fitting needs at least " + MIN_PER_CLASS + " of each and " + MIN_TOTAL + " in all)";
        throw new NotEnoughLabelsException(message, morePos, moreNeg);
    }

    private static String cells(int n, String name) {
        return n + " more " + name + (n == 1 ? " cell" : " cells");
    }

    /** How many more positive-class cells (e.g. CTC) to label. */
    public int morePositive() {
        return morePositive;
    }

    /** How many more negative-class cells (e.g. non-CTC) to label. */
    public int moreNegative() {
        return moreNegative;
    }
}
