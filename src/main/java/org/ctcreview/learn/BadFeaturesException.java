package org.ctcreview.learn;

import org.ctcreview.model.BadInputException;

/** Feature rows that cannot be used: NaN/Inf values, ragged rows, a dimension or row-count mismatch. */
public final class BadFeaturesException extends BadInputException {
    private final int row;

    BadFeaturesException(int row, String problem, String fix) {
        super(null, problem, fix);
        this.row = row;
    }

    /** The offending row (cell index in the array given), or -1 when the problem is not tied to one row. */
    public int row() {
        return row;
    }
}
