package org.ctcreview.learn;

/** Checks on feature matrices: present, rectangular, finite, of the expected width. */
final class Features {
    private Features() {
    }

    /**
     * Returns the width of {@code x} after checking every row; {@code expectedDim <= 0} accepts any width.
     *
     * @throws BadFeaturesException naming the row (and column) at fault
     */
    static int check(float[][] x, int expectedDim) {
        int dim = width(x == null ? -1 : x.length, x == null || x.length == 0 || x[0] == null ? -1 : x[0].length,
                expectedDim);
        for (int i = 0; i < x.length; i++) {
            float[] row = x[i];
            rowLength(i, row == null ? -1 : row.length, dim);
            for (int j = 0; j < dim; j++) {
                if (!Float.isFinite(row[j])) {
                    throw notFinite(i, j, row[j]);
                }
            }
        }
        return dim;
    }

    /** As {@link #check(float[][], int)} for double rows. */
    static int check(double[][] x, int expectedDim) {
        int dim = width(x == null ? -1 : x.length, x == null || x.length == 0 || x[0] == null ? -1 : x[0].length,
                expectedDim);
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            rowLength(i, row == null ? -1 : row.length, dim);
            for (int j = 0; j < dim; j++) {
                if (!Double.isFinite(row[j])) {
                    throw notFinite(i, j, row[j]);
                }
            }
        }
        return dim;
    }

    /** Checks that there is one label (or cluster id) per feature row. */
    static void sameLength(int rows, int labels, String what) {
        if (rows != labels) {
            throw new BadFeaturesException(-1, rows + " feature rows but " + labels + " " + what,
                    "give exactly one " + what.replaceAll("s$", "") + " per cell, in the same order");
        }
    }

    private static int width(int rows, int firstWidth, int expectedDim) {
        if (rows < 0) {
            throw new BadFeaturesException(-1, "no feature matrix given", "pass the cells' embeddings");
        }
        if (rows == 0) {
            throw new BadFeaturesException(-1, "no cells given", "pass at least one cell");
        }
        if (firstWidth <= 0) {
            throw new BadFeaturesException(0, "row 0 of the features is empty", "pass one embedding per cell");
        }
        if (expectedDim > 0 && firstWidth != expectedDim) {
            throw new BadFeaturesException(-1, "the features have " + firstWidth + " values per cell but the model"
                    + " expects " + expectedDim, "use embeddings of the encoder the model was fitted on, or refit");
        }
        return firstWidth;
    }

    private static void rowLength(int i, int length, int dim) {
        if (length != dim) {
            throw new BadFeaturesException(i, "row " + i + " of the features has " + Math.max(length, 0)
                    + " values, row 0 has " + dim, "every cell needs an embedding of the same length");
        }
    }

    private static BadFeaturesException notFinite(int row, int col, double value) {
        return new BadFeaturesException(row, "row " + row + " of the features has " + value + " at column " + col,
                "recompute that cell's embedding or leave the cell out");
    }
}
