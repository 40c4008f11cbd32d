package org.ctcreview.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import smile.base.svm.KernelMachine;
import smile.base.svm.LASVM;
import smile.math.MathEx;
import smile.math.kernel.GaussianKernel;

/**
 * A fitted binary RBF support vector machine, f(x) = b + sum_s coef_s exp(-gamma ||x - sv_s||^2) with
 * coef_s = alpha_s y_s; f > 0 means the positive class. Trained by Smile's LASVM with a per-class C; evaluated
 * here, on the support vectors stored transposed so that the inner loops run over contiguous arrays and
 * vectorise, several rows at a time on a few threads.
 * <p>The kernel exp(t), t = -gamma d^2 <= 0, is computed as p(t / 1024)^1024 with p the degree-6 Taylor
 * polynomial of exp (relative error below 1e-9 for t >= -50); below t = -50 the kernel is taken as exp(-50)
 * (2e-22). Decisions therefore match Smile's {@code KernelMachine.score} to about 1e-9 relative, and are
 * bit-identical for any thread count.
 */
public final class RbfSvm {
    /** LASVM stopping tolerance (libsvm's default). */
    static final double TOLERANCE = 1e-3;
    private static final int EPOCHS = 1;
    private static final double U_MIN = -50.0 / 1024;

    private final double gamma;
    private final double bias;
    private final double[] coef;
    private final double[][] svT;

    private RbfSvm(double gamma, double bias, double[] coef, double[][] svT) {
        this.gamma = gamma;
        this.bias = bias;
        this.coef = coef;
        this.svT = svT;
    }

    /**
     * Balanced class weights as scikit-learn's {@code class_weight='balanced'}: w = n / (2 n_class), returned as
     * {w_positive, w_negative}; the per-class penalties are C w.
     */
    public static double[] balancedWeights(int positives, int negatives) {
        double n = positives + negatives;
        return new double[] {n / (2.0 * positives), n / (2.0 * negatives)};
    }

    /**
     * scikit-learn's {@code gamma='scale'}: 1 / (n_features Var(X)) with Var over all entries of X (divided by
     * the number of entries); 1.0 when that variance is 0.
     */
    public static double scaleGamma(double[][] x) {
        int d = x[0].length;
        double sum = 0;
        for (double[] row : x) {
            for (double v : row) {
                sum += v;
            }
        }
        double count = (double) x.length * d;
        double mean = sum / count;
        double ss = 0;
        for (double[] row : x) {
            for (double v : row) {
                ss += (v - mean) * (v - mean);
            }
        }
        double var = ss / count;
        return var > 0 ? 1.0 / (d * var) : 1.0;
    }

    /**
     * Trains with penalties C w+ and C w- ({@link #balancedWeights}); the seed fixes LASVM's visiting order (it
     * reseeds Smile's thread-local random generator of the calling thread).
     */
    static RbfSvm train(double[][] x, boolean[] positive, double c, double gamma, long seed) {
        int pos = 0;
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = positive[i] ? 1 : -1;
            pos += positive[i] ? 1 : 0;
        }
        double[] w = balancedWeights(pos, x.length - pos);
        MathEx.setSeed(seed);
        GaussianKernel kernel = new GaussianKernel(Math.sqrt(0.5 / gamma));
        KernelMachine<double[]> km = new LASVM<>(kernel, c * w[0], c * w[1], TOLERANCE).fit(x, y, EPOCHS);
        double[][] vectors = km.vectors();
        double[] weights = km.weights();
        int m = 0;
        for (double v : weights) {
            m += v != 0 ? 1 : 0;
        }
        int d = x[0].length;
        double[] coef = new double[m];
        double[][] svT = new double[d][m];
        int s = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                coef[s] = weights[i];
                for (int j = 0; j < d; j++) {
                    svT[j][s] = vectors[i][j];
                }
                s++;
            }
        }
        return new RbfSvm(gamma, km.intercept(), coef, svT);
    }

    /** The decision value of one (projected) row. */
    public double decision(double[] x) {
        double[] out = new double[1];
        decisionRows(new double[][] {x}, 0, 1, out);
        return out[0];
    }

    /** Decision values of every row, computed on up to {@code threads} threads (same result for any count). */
    public double[] decisions(double[][] x, int threads) {
        Features.check(x, dimension());
        double[] out = new double[x.length];
        Parallel.rows(x.length, threads, (from, to) -> decisionRows(x, from, to, out));
        return out;
    }

    private void decisionRows(double[][] x, int from, int to, double[] out) {
        int m = coef.length;
        int d = svT.length;
        double[] acc = new double[m];
        double g = -gamma / 1024;
        for (int i = from; i < to; i++) {
            double[] xi = x[i];
            Arrays.fill(acc, 0);
            for (int j = 0; j < d; j++) {
                double v = xi[j];
                double[] r = svT[j];
                for (int s = 0; s < m; s++) {
                    double q = v - r[s];
                    acc[s] += q * q;
                }
            }
            for (int s = 0; s < m; s++) {
                acc[s] = coef[s] * expOfScaled(acc[s] * g);
            }
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int s = 0;
            for (; s + 3 < m; s += 4) {
                s0 += acc[s];
                s1 += acc[s + 1];
                s2 += acc[s + 2];
                s3 += acc[s + 3];
            }
            for (; s < m; s++) {
                s0 += acc[s];
            }
            out[i] = bias + ((s0 + s1) + (s2 + s3));
        }
    }

    /** exp(1024 u) for u <= 0 (u below -50/1024 counts as -50/1024): a Taylor polynomial squared 10 times. */
    static double expOfScaled(double u) {
        double v = Math.max(u, U_MIN);
        double p = 1 + v * (1 + v * (1.0 / 2 + v * (1.0 / 6 + v * (1.0 / 24 + v * (1.0 / 120 + v * (1.0 / 720))))));
        p *= p;
        p *= p;
        p *= p;
        p *= p;
        p *= p;
        p *= p;
        p *= p;
        p *= p;
        p *= p;
        p *= p;
        return p;
    }

    public double gamma() {
        return gamma;
    }

    /** The intercept b. */
    public double bias() {
        return bias;
    }

    /** Number of support vectors kept (those with a non-zero coefficient). */
    public int supportVectors() {
        return coef.length;
    }

    /** Width of the rows this machine takes. */
    public int dimension() {
        return svT.length;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeDouble(gamma);
        out.writeDouble(bias);
        ModelIo.writeDoubles(out, coef);
        ModelIo.writeMatrix(out, svT);
    }

    static RbfSvm read(DataInputStream in) throws IOException {
        double gamma = in.readDouble();
        double bias = in.readDouble();
        double[] coef = ModelIo.readDoubles(in);
        double[][] svT = ModelIo.readMatrix(in);
        for (double[] row : svT) {
            if (row.length != coef.length) {
                throw new IOException("support vector table does not match " + coef.length + " coefficients");
            }
        }
        if (!(gamma > 0) || !Double.isFinite(bias) || svT.length == 0) {
            throw new IOException("bad SVM parameters (gamma " + gamma + ", bias " + bias + ")");
        }
        return new RbfSvm(gamma, bias, coef, svT);
    }
}
