package org.ctcreview.cluster;

/**
 * The low-dimensional similarity curve of UMAP, {@code 1 / (1 + a d^(2b))}, with a and b fitted to an offset
 * exponential decay as umap-learn's {@code find_ab_params} does (least squares on 300 points of
 * [0, 3 spread], Levenberg-Marquardt from a = b = 1). min_dist 0.8, spread 1 gives a = 0.2321, b = 1.6812.
 */
public record UmapCurve(double a, double b) {
    private static final int SAMPLES = 300;

    public static UmapCurve fit(double spread, double minDist) {
        double[] xs = new double[SAMPLES];
        double[] ys = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            xs[i] = spread * 3 * i / (SAMPLES - 1);
            ys[i] = xs[i] < minDist ? 1.0 : Math.exp(-(xs[i] - minDist) / spread);
        }
        double a = 1;
        double b = 1;
        double lambda = 1e-3;
        double cost = cost(xs, ys, a, b);
        for (int iter = 0; iter < 500; iter++) {
            double jaa = 0;
            double jab = 0;
            double jbb = 0;
            double ga = 0;
            double gb = 0;
            for (int i = 0; i < SAMPLES; i++) {
                double x = xs[i];
                double p = x > 0 ? Math.pow(x, 2 * b) : 0;
                double den = 1 + a * p;
                double r = 1 / den - ys[i];
                double da = -p / (den * den);
                double db = x > 0 ? -a * p * 2 * Math.log(x) / (den * den) : 0;
                jaa += da * da;
                jab += da * db;
                jbb += db * db;
                ga += da * r;
                gb += db * r;
            }
            double m11 = jaa * (1 + lambda);
            double m22 = jbb * (1 + lambda);
            double det = m11 * m22 - jab * jab;
            double stepA = -(m22 * ga - jab * gb) / det;
            double stepB = -(m11 * gb - jab * ga) / det;
            double trial = cost(xs, ys, a + stepA, b + stepB);
            if (trial < cost) {
                a += stepA;
                b += stepB;
                boolean done = cost - trial < 1e-15 * Math.max(1, cost);
                cost = trial;
                lambda = Math.max(lambda / 10, 1e-12);
                if (done) {
                    break;
                }
            } else {
                lambda *= 10;
                if (lambda > 1e12) {
                    break;
                }
            }
        }
        return new UmapCurve(a, b);
    }

    private static double cost(double[] xs, double[] ys, double a, double b) {
        double s = 0;
        for (int i = 0; i < xs.length; i++) {
            double p = xs[i] > 0 ? Math.pow(xs[i], 2 * b) : 0;
            double r = 1 / (1 + a * p) - ys[i];
            s += r * r;
        }
        return Double.isFinite(s) ? s : Double.POSITIVE_INFINITY;
    }
}
