package org.ctcreview.cluster;

/**
 * Positions on the 2-D map, one (x, y) per point in input order. The arrays are shared, not copied:
 * treat them as read-only.
 */
public record Points2d(float[] x, float[] y) {
    public Points2d {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
        }
    }

    public static Points2d of(int n) {
        return new Points2d(new float[n], new float[n]);
    }

    public int size() {
        return x.length;
    }
}
