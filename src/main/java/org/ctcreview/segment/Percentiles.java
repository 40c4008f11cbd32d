package org.ctcreview.segment;

import java.util.Arrays;

/** Percentile normalisation exactly as numpy.percentile (linear interpolation) computes it. */
public final class Percentiles {
    private Percentiles() {
    }

    /** A plane scaled so that the low percentile maps to 0 and the high one to 1, plus robust background figures. */
    public record Normalised(float[] values, double pLow, double pHigh, double median, double robustSd) {
        /** A raw intensity in normalised units. */
        public double toNormalised(double raw) {
            return (raw - pLow) / Math.max(pHigh - pLow, 1e-6);
        }
    }

    /** The q-th percentile (0..100) of sorted values, numpy's default method. */
    public static double of(float[] sorted, double q) {
        double pos = q / 100.0 * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        double f = pos - lo;
        return sorted[lo] + (sorted[hi] - sorted[lo]) * f;
    }

    public static Normalised normalise(float[] plane, double low, double high) {
        float[] sorted = plane.clone();
        Arrays.sort(sorted);
        double pLo = of(sorted, low);
        double pHi = of(sorted, high);
        double scale = 1.0 / Math.max(pHi - pLo, 1e-6);
        float[] out = new float[plane.length];
        for (int i = 0; i < plane.length; i++) {
            out[i] = (float) ((plane[i] - pLo) * scale);
        }
        // background noise from the lower half only: bright objects covering much of an image must not inflate it
        double sd = of(sorted, 50) - of(sorted, 15.87);
        return new Normalised(out, pLo, pHi, of(sorted, 50), sd);
    }
}
