package org.ctcreview.simulate;

import java.util.SplittableRandom;

/** Small sampling helpers on a {@link SplittableRandom}. */
final class Rand {
    private Rand() {
    }

    static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    static double logNormal(SplittableRandom r, double median, double sigma) {
        return median * Math.exp(sigma * r.nextGaussian());
    }

    /** Pareto(xmin = 1, alpha) variate. */
    static double pareto(SplittableRandom r, double alpha) {
        return Math.pow(1 - r.nextDouble(), -1 / alpha);
    }

    static int poisson(SplittableRandom r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 40) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double p = r.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= r.nextDouble();
            k++;
        }
        return k;
    }

    /** Rounds up or down at random so that the expectation is {@code x}. */
    static int stochasticRound(SplittableRandom r, double x) {
        double floor = Math.floor(x);
        return (int) floor + (r.nextDouble() < x - floor ? 1 : 0);
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** Random outline harmonics k = 2..(n+1) with amplitudes up to {@code maxAmp}, decaying with k. */
    static double[][] harmonics(SplittableRandom r, int n, double maxAmp) {
        double[] amp = new double[n];
        double[] phase = new double[n];
        for (int k = 0; k < n; k++) {
            amp[k] = maxAmp * r.nextDouble() / (1 + 0.5 * k);
            phase[k] = r.nextDouble() * 2 * Math.PI;
        }
        return new double[][] {amp, phase};
    }
}
