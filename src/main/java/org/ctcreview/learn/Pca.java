package org.ctcreview.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import smile.feature.extraction.PCA;
import smile.math.matrix.Matrix;

/**
 * Principal component projection y = P (x - mean), fitted with Smile's covariance PCA. The state is plain
 * arrays (mean, the k x d matrix P with one component per row, the variance of each component on the fitting
 * data) so it can be stored with a model version and restored exactly.
 */
public final class Pca {
    /** Components used by the published method (128-d embeddings -> 32). */
    public static final int DEFAULT_COMPONENTS = 32;
    private static final String KIND = "pca";

    private final double[] mean;
    private final double[][] components;
    private final double[] variance;
    /** The matrix transposed (d x k), so that projecting runs contiguous, vectorisable loops over components. */
    private final double[][] transposed;

    private Pca(double[] mean, double[][] components, double[] variance) {
        this.mean = mean;
        this.components = components;
        this.variance = variance;
        this.transposed = new double[mean.length][components.length];
        for (int c = 0; c < components.length; c++) {
            for (int j = 0; j < mean.length; j++) {
                transposed[j][c] = components[c][j];
            }
        }
    }

    /**
     * Fits on the rows of {@code x} (the training pool's embeddings). Keeps min(components, rows, width)
     * components: more cannot be estimated from the data (scikit-learn refuses the same request).
     */
    public static Pca fit(float[][] x, int components) {
        if (components < 1) {
            throw new IllegalArgumentException("components must be >= 1, got " + components);
        }
        int d = Features.check(x, 0);
        if (x.length < 2) {
            throw new BadFeaturesException(-1, "PCA needs at least 2 cells, got " + x.length, "label more cells");
        }
        double[][] data = new double[x.length][d];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                data[i][j] = x[i][j];
            }
        }
        int k = Math.min(components, Math.min(x.length, d));
        PCA pca = PCA.fit(data).getProjection(k);
        Matrix p = pca.projection;
        double[][] matrix = new double[k][d];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                matrix[c][j] = p.get(c, j);
            }
        }
        Pca fitted = new Pca(pca.center().clone(), matrix, new double[k]);
        double[][] y = fitted.project(x, 1);
        for (double[] row : y) {
            for (int c = 0; c < k; c++) {
                fitted.variance[c] += row[c] * row[c] / y.length;
            }
        }
        return fitted;
    }

    /** A projection from stored arrays: {@code mean} has d values, {@code components} is k x d. */
    public static Pca of(double[] mean, double[][] components) {
        Features.check(components, mean.length);
        Features.check(new double[][] {mean}, 0);
        double[][] copy = new double[components.length][];
        for (int c = 0; c < copy.length; c++) {
            copy[c] = components[c].clone();
        }
        return new Pca(mean.clone(), copy, new double[copy.length]);
    }

    /** Projects every row (single-threaded); see {@link #project(float[][], int)}. */
    public double[][] project(float[][] x) {
        return project(x, 1);
    }

    /** Projects every row on up to {@code threads} threads (the result does not depend on the thread count). */
    public double[][] project(float[][] x, int threads) {
        Features.check(x, inputDimension());
        double[][] y = new double[x.length][];
        Parallel.rows(x.length, threads, (from, to) -> {
            double[] centred = new double[mean.length];
            for (int i = from; i < to; i++) {
                y[i] = projectRow(x[i], centred);
            }
        });
        return y;
    }

    /** Projects one embedding. */
    public double[] project(float[] x) {
        return project(new float[][] {x}, 1)[0];
    }

    private double[] projectRow(float[] x, double[] centred) {
        for (int j = 0; j < centred.length; j++) {
            centred[j] = x[j] - mean[j];
        }
        int k = components.length;
        double[] out = new double[k];
        for (int j = 0; j < centred.length; j++) {
            double v = centred[j];
            double[] p = transposed[j];
            for (int c = 0; c < k; c++) {
                out[c] += v * p[c];
            }
        }
        return out;
    }

    /** Width of the embeddings this projection takes (d). */
    public int inputDimension() {
        return mean.length;
    }

    /** Number of components (k). */
    public int components() {
        return components.length;
    }

    /** A copy of the mean subtracted before projecting. */
    public double[] mean() {
        return mean.clone();
    }

    /** A copy of the k x d projection matrix, one component per row. */
    public double[][] matrix() {
        double[][] copy = new double[components.length][];
        for (int c = 0; c < copy.length; c++) {
            copy[c] = components[c].clone();
        }
        return copy;
    }

    /** Variance of each component on the fitting data (divided by n); zeros for a projection made by {@link #of}. */
    public double[] variance() {
        return variance.clone();
    }

    public byte[] toBytes() {
        return ModelIo.write(KIND, this::write);
    }

    public static Pca fromBytes(byte[] bytes) {
        return ModelIo.read(bytes, KIND, Pca::read);
    }

    void write(DataOutputStream out) throws IOException {
        ModelIo.writeDoubles(out, mean);
        ModelIo.writeMatrix(out, components);
        ModelIo.writeDoubles(out, variance);
    }

    static Pca read(DataInputStream in) throws IOException {
        double[] mean = ModelIo.readDoubles(in);
        double[][] comps = ModelIo.readMatrix(in);
        double[] var = ModelIo.readDoubles(in);
        for (double[] row : comps) {
            if (row.length != mean.length) {
                throw new IOException("component of length " + row.length + " for a mean of " + mean.length);
            }
        }
        if (var.length != comps.length) {
            throw new IOException("variance of length " + var.length + " for " + comps.length + " components");
        }
        return new Pca(mean, comps, var);
    }
}
