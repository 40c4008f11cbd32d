package org.ctcreview.cluster;

/** Checks on input vectors, with messages that name the offending row. */
final class Vectors {
    private Vectors() {
    }

    /**
     * Requires a non-empty matrix of finite values with one dimension; {@code what} names the input in
     * messages ("vectors", "new vectors"), {@code ids} (may be null) names rows by cell id.
     */
    static int requireValid(float[][] vectors, long[] ids, String what) {
        if (vectors == null || vectors.length == 0) {
            throw new IllegalArgumentException("no " + what + " to map: the input is empty");
        }
        if (ids != null && ids.length != vectors.length) {
            throw new IllegalArgumentException(ids.length + " cell ids for " + vectors.length + " " + what);
        }
        int dim = -1;
        for (int i = 0; i < vectors.length; i++) {
            float[] v = vectors[i];
            if (v == null || v.length == 0) {
                throw new IllegalArgumentException(what + " " + row(i, ids) + " is empty");
            }
            if (dim < 0) {
                dim = v.length;
            } else if (v.length != dim) {
                throw new IllegalArgumentException(what + " " + row(i, ids) + " has " + v.length
                        + " values but row 0 has " + dim + "; every vector needs the same dimension");
            }
            for (int d = 0; d < v.length; d++) {
                if (!Float.isFinite(v[d])) {
                    throw new IllegalArgumentException(what + " " + row(i, ids) + " has " + v[d] + " at dimension "
                            + d + "; remove or recompute that vector (NaN and infinite values cannot be mapped)");
                }
            }
        }
        return dim;
    }

    static void requireDimension(float[][] vectors, int dim, String what) {
        if (vectors.length > 0 && vectors[0].length != dim) {
            throw new IllegalArgumentException(what + " have dimension " + vectors[0].length
                    + " but the map was fitted on dimension " + dim);
        }
    }

    private static String row(int i, long[] ids) {
        return ids == null ? "row " + i : "row " + i + " (cell " + ids[i] + ")";
    }
}
