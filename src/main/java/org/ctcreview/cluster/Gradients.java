package org.ctcreview.cluster;

/**
 * The layout's gradient coefficients for one curve (umap-learn's formulas, repulsion strength 1). The one
 * power they need, d^2^(b - 1), comes from tables: 2^((b - 1) e) per binary exponent e, and the mantissa's
 * power interpolated linearly between 1,025 points of [1, 2] (relative error below 2e-7, no division, no
 * branch; several times faster than {@link Math#pow} on random inputs, and the same on every Java runtime).
 */
final class Gradients {
    private static final int BITS = 10;
    private static final int SHIFT = 52 - BITS;
    private static final double FRACTION = 1.0 / (1L << SHIFT);

    private final double a;
    private final double b;
    private final double exponent;
    private final double[] byExponent = new double[2048];
    private final double[] byMantissa = new double[(1 << BITS) + 1];

    Gradients(UmapCurve curve) {
        this.a = curve.a();
        this.b = curve.b();
        this.exponent = b - 1;
        for (int e = 1; e < 2047; e++) {
            byExponent[e] = Math.pow(2, (e - 1023) * exponent);
        }
        for (int i = 0; i <= 1 << BITS; i++) {
            byMantissa[i] = Math.pow(1 + (double) i / (1 << BITS), exponent);
        }
    }

    /** x^(b - 1) for x > 0. */
    double powBMinus1(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) (bits >>> 52);
        if (e == 0 || e >= 2047) {
            return Math.pow(x, exponent);
        }
        long mantissa = bits & 0x000FFFFFFFFFFFFFL;
        int i = (int) (mantissa >>> SHIFT);
        double f = (mantissa & ((1L << SHIFT) - 1)) * FRACTION;
        double lo = byMantissa[i];
        return byExponent[e] * (lo + f * (byMantissa[i + 1] - lo));
    }

    /** The attractive coefficient for squared distance d2 > 0 (umap-learn's positive sample). */
    double attract(double d2) {
        double p = powBMinus1(d2);
        return -2 * a * b * p / (a * p * d2 + 1);
    }

    /** The repulsive coefficient for squared distance d2 > 0 (umap-learn's negative sample, gamma 1). */
    double repel(double d2) {
        double p = powBMinus1(d2);
        return 2 * b / ((0.001 + d2) * (a * p * d2 + 1));
    }
}
