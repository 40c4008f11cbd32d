package org.ctcreview.learn;

/**
 * Mean and sample standard deviation (n - 1) of {@code count} values; the mean is NaN for no values and the
 * sd NaN for fewer than two.
 */
public record Stats(double mean, double sd, int count) {
    public static Stats of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Stats(Double.NaN, Double.NaN, 0);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new Stats(mean, Double.NaN, 1);
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new Stats(mean, Math.sqrt(ss / (n - 1)), n);
    }
}
