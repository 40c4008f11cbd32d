package org.ctcreview.learn;

/**
 * Platt scaling: P(positive | f) = 1 / (1 + exp(a f + b)) for an SVM decision value f. Fitted by the Newton
 * method with backtracking of Lin, Lin and Weng (2007), the algorithm libsvm and scikit-learn use, on Platt's
 * regularised targets t+ = (N+ + 1) / (N+ + 2) and t- = 1 / (N- + 2), which keep a and b finite even when the
 * decision values separate the classes perfectly. With informative decisions a < 0, so the probability rises
 * with f.
 */
public record Platt(double a, double b) {
    private static final int MAX_ITERATIONS = 100;
    private static final double MIN_STEP = 1e-10;
    private static final double SIGMA = 1e-12;
    private static final double EPS = 1e-5;

    public Platt {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("Platt parameters must be finite: a=" + a + ", b=" + b);
        }
    }

    /** The calibrated probability of the positive class, in [0, 1], computed without overflow. */
    public double probability(double decision) {
        double z = a * decision + b;
        return z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
    }

    /** Fits a and b on decision values and their true classes (both classes must be present). */
    public static Platt fit(double[] decisions, boolean[] positive) {
        int n = decisions.length;
        if (positive.length != n) {
            throw new IllegalArgumentException(n + " decisions but " + positive.length + " labels");
        }
        int pos = 0;
        for (boolean p : positive) {
            pos += p ? 1 : 0;
        }
        int neg = n - pos;
        if (pos == 0 || neg == 0) {
            throw new IllegalArgumentException("Platt scaling needs both classes (" + pos + " positive, " + neg
                    + " negative)");
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = positive[i] ? hi : lo;
        }
        double a = 0;
        double b = Math.log((neg + 1.0) / (pos + 1.0));
        double fval = objective(decisions, t, a, b);
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double h11 = SIGMA;
            double h22 = SIGMA;
            double h21 = 0;
            double g1 = 0;
            double g2 = 0;
            for (int i = 0; i < n; i++) {
                double z = decisions[i] * a + b;
                double p;
                double q;
                if (z >= 0) {
                    p = Math.exp(-z) / (1 + Math.exp(-z));
                    q = 1 / (1 + Math.exp(-z));
                } else {
                    p = 1 / (1 + Math.exp(z));
                    q = Math.exp(z) / (1 + Math.exp(z));
                }
                double d2 = p * q;
                h11 += decisions[i] * decisions[i] * d2;
                h22 += d2;
                h21 += decisions[i] * d2;
                double d1 = t[i] - p;
                g1 += decisions[i] * d1;
                g2 += d1;
            }
            if (Math.abs(g1) < EPS && Math.abs(g2) < EPS) {
                break;
            }
            double det = h11 * h22 - h21 * h21;
            double dA = -(h22 * g1 - h21 * g2) / det;
            double dB = -(-h21 * g1 + h11 * g2) / det;
            double gd = g1 * dA + g2 * dB;
            double step = 1;
            while (step >= MIN_STEP) {
                double na = a + step * dA;
                double nb = b + step * dB;
                double nf = objective(decisions, t, na, nb);
                if (nf < fval + 1e-4 * step * gd) {
                    a = na;
                    b = nb;
                    fval = nf;
                    break;
                }
                step /= 2;
            }
            if (step < MIN_STEP) {
                break;
            }
        }
        return new Platt(a, b);
    }

    private static double objective(double[] f, double[] t, double a, double b) {
        double sum = 0;
        for (int i = 0; i < f.length; i++) {
            double z = f[i] * a + b;
            sum += z >= 0 ? t[i] * z + Math.log1p(Math.exp(-z)) : (t[i] - 1) * z + Math.log1p(Math.exp(z));
        }
        return sum;
    }
}
