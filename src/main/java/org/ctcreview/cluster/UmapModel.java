package org.ctcreview.cluster;

import java.util.Arrays;
import org.ctcreview.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fitted UMAP: the fitted input vectors and their map positions. {@link #transform} places new points
 * without refitting, as umap-learn's {@code transform}: their k nearest fitted points, memberships with
 * rho = 0 (local connectivity 1 - 1), start at the membership-weighted mean of those neighbours' positions,
 * then a short layout (learning rate 1/4, 5 negative samples) in which only the new point moves.
 * <p>Each new point is placed on its own, with a random stream drawn from the seed and the point's own
 * values, and its edges are sampled relative to the largest possible membership, 1 (umap-learn uses the
 * batch's largest, which is close to 1 for large batches); so a point lands at the same place whether it is
 * placed alone or among others, in any order, on any thread count.
 */
public final class UmapModel {
    private static final Logger LOG = LoggerFactory.getLogger(UmapModel.class);
    private static final int CHUNK = 256;

    private final float[][] fitVectors;
    private final Points2d fitPositions;
    private final UmapOptions options;
    private final UmapCurve curve;
    private final Gradients gradients;
    private final int neighbors;

    private UmapModel(float[][] fitVectors, Points2d fitPositions, UmapOptions options) {
        this.fitVectors = fitVectors;
        this.fitPositions = fitPositions;
        this.options = options;
        this.curve = UmapCurve.fit(options.spread(), options.minDist());
        this.gradients = new Gradients(curve);
        this.neighbors = Math.min(options.nNeighbors(), fitVectors.length);
    }

    /**
     * A model from fitted vectors and their positions (what {@link Umap#fit} made, or what a stored map holds
     * for its fitted points). Arrays are shared, not copied.
     */
    public static UmapModel of(float[][] fitVectors, Points2d fitPositions, UmapOptions options) {
        Vectors.requireValid(fitVectors, null, "fitted vectors");
        if (fitPositions.size() != fitVectors.length) {
            throw new IllegalArgumentException(fitPositions.size() + " fitted positions for " + fitVectors.length
                    + " fitted vectors");
        }
        return new UmapModel(fitVectors, fitPositions, options);
    }

    public Points2d transform(float[][] vectors) {
        return transform(vectors, ProgressListener.none());
    }

    /** Map positions for new vectors (same dimension as the fitted ones); the fitted points do not move. */
    public Points2d transform(float[][] vectors, ProgressListener progress) {
        Vectors.requireValid(vectors, null, "new vectors");
        Vectors.requireDimension(vectors, dimension(), "new vectors");
        long t0 = System.nanoTime();
        Knn.Neighbours nb = Knn.query(vectors, fitVectors, neighbors, options.threads(), progress);
        long t1 = System.nanoTime();
        Points2d out = Points2d.of(vectors.length);
        Parallel.forRange(vectors.length, CHUNK, options.threads(), progress, "placing new points", (from, to) -> {
            for (int i = from; i < to; i++) {
                place(vectors[i], nb, i, out);
            }
        });
        LOG.debug("transform of {} points: kNN {} ms, layout {} ms", vectors.length, (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return out;
    }

    private void place(float[] vector, Knn.Neighbours nb, int q, Points2d out) {
        int k = nb.k();
        int off = q * k;
        float[] dist = nb.distance();
        double mean = 0;
        for (int j = 0; j < k; j++) {
            mean += dist[off + j];
        }
        mean /= k;
        double sigma = SmoothKnn.sigma(dist, off, k, 1, 0, Math.log(k) / Math.log(2));
        sigma = Math.max(sigma, SmoothKnn.MIN_DIST_SCALE * mean);
        double[] w = new double[k];
        double wMax = 0;
        double wSum = 0;
        double px = 0;
        double py = 0;
        int exact = -1;
        float[] fx = fitPositions.x();
        float[] fy = fitPositions.y();
        for (int j = 0; j < k; j++) {
            w[j] = SmoothKnn.membership(dist[off + j], 0, sigma);
            int f = nb.index(q, j);
            if (w[j] == 1.0 && exact < 0) {
                exact = f;
            }
            wMax = Math.max(wMax, w[j]);
            wSum += w[j];
            px += w[j] * fx[f];
            py += w[j] * fy[f];
        }
        float x = exact >= 0 ? fx[exact] : (float) (px / wSum);
        float y = exact >= 0 ? fy[exact] : (float) (py / wSum);
        if (wSum > 0 && wMax > 0) {
            float[] xy = refine(vector, nb, q, w, x, y);
            x = xy[0];
            y = xy[1];
        }
        out.x()[q] = x;
        out.y()[q] = y;
    }

    private float[] refine(float[] vector, Knn.Neighbours nb, int q, double[] w, float x, float y) {
        int epochs = options.transformEpochs();
        int k = nb.k();
        long[] order = new long[k];
        int edges = 0;
        for (int j = 0; j < k; j++) {
            if (w[j] >= 1.0 / epochs) {
                order[edges++] = ((long) nb.index(q, j) << 32) | j;
            }
        }
        Arrays.sort(order, 0, edges);
        int[] tail = new int[edges];
        double[] perSample = new double[edges];
        double[] nextSample = new double[edges];
        double[] nextNegative = new double[edges];
        for (int e = 0; e < edges; e++) {
            tail[e] = (int) (order[e] >>> 32);
            perSample[e] = 1.0 / w[(int) order[e]];
            nextSample[e] = perSample[e];
            nextNegative[e] = perSample[e] / Layout.NEGATIVE_RATE;
        }
        float[] fx = fitPositions.x();
        float[] fy = fitPositions.y();
        int n = fx.length;
        long s = Rng.state(options.seed(), Arrays.hashCode(vector) * 0x9E3779B97F4A7C15L + vector.length);
        double alpha = 0.25;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int e = 0; e < edges; e++) {
                if (nextSample[e] > epoch) {
                    continue;
                }
                double dx = x - fx[tail[e]];
                double dy = y - fy[tail[e]];
                double d2 = dx * dx + dy * dy;
                if (d2 > 0) {
                    double c = gradients.attract(d2);
                    x += (float) (Layout.clip(c * dx) * alpha);
                    y += (float) (Layout.clip(c * dy) * alpha);
                }
                nextSample[e] += perSample[e];
                double perNegative = perSample[e] / Layout.NEGATIVE_RATE;
                int negatives = (int) ((epoch - nextNegative[e]) / perNegative);
                for (int p = 0; p < negatives; p++) {
                    s = Rng.next(s);
                    int o = Rng.below(s, n);
                    dx = x - fx[o];
                    dy = y - fy[o];
                    d2 = dx * dx + dy * dy;
                    if (d2 > 0) {
                        double c = gradients.repel(d2);
                        x += (float) (Layout.clip(c * dx) * alpha);
                        y += (float) (Layout.clip(c * dy) * alpha);
                    }
                }
                nextNegative[e] += negatives * perNegative;
            }
            alpha = 0.25 * (1.0 - (double) epoch / epochs);
        }
        return new float[] {x, y};
    }

    public int fitPoints() {
        return fitVectors.length;
    }

    public int dimension() {
        return fitVectors[0].length;
    }

    /** The neighbourhood size used (n_neighbors, or fewer when fewer points were fitted). */
    public int neighbors() {
        return neighbors;
    }

    public float[][] fitVectors() {
        return fitVectors;
    }

    public Points2d fitPositions() {
        return fitPositions;
    }

    public UmapOptions options() {
        return options;
    }

    public UmapCurve curve() {
        return curve;
    }
}
