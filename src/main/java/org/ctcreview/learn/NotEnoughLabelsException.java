package org.ctcreview.learn;

import java.util.ArrayList;
import java.util.List;
import org.ctcreview.model.BadInputException;

/**
 * Too few labelled cells to fit a model: at least {@link #MIN_PER_CLASS} of each class and {@link #MIN_TOTAL} in
 * all. The message says how many more of which kind to label; the counts are available to a UI.
 */
public final class NotEnoughLabelsException extends BadInputException {
    /** Labelled cells needed of each of the two classes. */
    public static final int MIN_PER_CLASS = 5;
    /** Labelled cells needed in all. */
    public static final int MIN_TOTAL = 10;

    private final int morePositive;
    private final int moreNegative;
    private final int moreEither;

    private NotEnoughLabelsException(String message, int morePositive, int moreNegative, int moreEither) {
        super(null, message, "label more cells, then fit again");
        this.morePositive = morePositive;
        this.moreNegative = moreNegative;
        this.moreEither = moreEither;
    }

    /** Throws when {@code positives}/{@code negatives} are too few; names are e.g. "CTC" and "non-CTC". */
    static void require(String positiveName, int positives, String negativeName, int negatives) {
        int morePos = Math.max(0, MIN_PER_CLASS - positives);
        int moreNeg = Math.max(0, MIN_PER_CLASS - negatives);
        int moreAny = Math.max(0, MIN_TOTAL - (positives + negatives + morePos + moreNeg));
        if (morePos + moreNeg + moreAny == 0) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (morePos > 0) {
            parts.add(morePos + " more " + positiveName);
        }
        if (moreNeg > 0) {
            parts.add(moreNeg + " more " + negativeName);
        }
        if (moreAny > 0) {
            parts.add(moreAny + " more of either");
        }
        String oneClass = positives == 0 && negatives > 0 ? "the training set has only " + negativeName + " cells; "
                : negatives == 0 && positives > 0 ? "the training set has only " + positiveName + " cells; " : "";
        String message = "not enough labels yet: " + oneClass + "label " + String.join(" and ", parts) + " cells"
                + " (have " + positives + " " + positiveName + " and " + negatives + " " + negativeName
                + "; fitting needs at least " + MIN_PER_CLASS + " of each and " + MIN_TOTAL + " in all)";
        throw new NotEnoughLabelsException(message, morePos, moreNeg, moreAny);
    }

    /** How many more positive-class cells (e.g. CTC) to label. */
    public int morePositive() {
        return morePositive;
    }

    /** How many more negative-class cells (e.g. non-CTC) to label. */
    public int moreNegative() {
        return moreNegative;
    }

    /** How many more cells of either class to label, beyond the two counts above. */
    public int moreEither() {
        return moreEither;
    }
}
