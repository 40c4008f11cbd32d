package org.ctcreview.cluster;

import org.ctcreview.task.ProgressListener;

/**
 * umap-learn's {@code optimize_layout_euclidean} for the fit: every epoch walks the edges in order; an edge
 * is sampled when due (epochs per sample = max weight / weight), pulls both ends together, then its head is
 * pushed away from 5 random points per sample; gradients clipped at 4; learning rate 1 decaying linearly.
 * Single-threaded (umap-learn is too when seeded), so a seed gives the same layout on every machine.
 */
final class Layout {
    static final int NEGATIVE_RATE = 5;
    private static final double CLIP = 4;

    private final float[] x;
    private final float[] y;
    private final int[] head;
    private final int[] tail;
    private final float[] perSample;
    private final float[] perNegative;
    private final float[] nextSample;
    private final float[] nextNegative;
    private final long[] rng;
    private final Gradients gradients;

    private Layout(Points2d pos, FuzzyGraph g, UmapCurve curve, long seed) {
        int edges = g.edges();
        this.x = pos.x();
        this.y = pos.y();
        this.gradients = new Gradients(curve);
        this.head = g.head();
        this.tail = g.tail();
        float[] weight = g.weight();
        perSample = new float[edges];
        perNegative = new float[edges];
        nextSample = new float[edges];
        nextNegative = new float[edges];
        float max = 0;
        for (float w : weight) {
            max = Math.max(max, w);
        }
        for (int e = 0; e < edges; e++) {
            perSample[e] = max / weight[e];
            perNegative[e] = perSample[e] / NEGATIVE_RATE;
            nextSample[e] = perSample[e];
            nextNegative[e] = perNegative[e];
        }
        rng = new long[x.length];
        for (int i = 0; i < rng.length; i++) {
            rng[i] = Rng.state(seed, i);
        }
    }

    static void optimise(Points2d pos, FuzzyGraph g, UmapCurve curve, int nEpochs, long seed,
                         ProgressListener progress) {
        Layout layout = new Layout(pos, g, curve, seed);
        double alpha = 1.0;
        for (int epoch = 0; epoch < nEpochs; epoch++) {
            progress.checkCancelled();
            layout.epoch(epoch, alpha);
            alpha = 1.0 - (double) epoch / nEpochs;
            progress.update(epoch + 1, nEpochs, "map layout");
        }
    }

    private void epoch(int epoch, double alpha) {
        int edges = head.length;
        for (int e = 0; e < edges; e++) {
            if (nextSample[e] <= epoch) {
                sample(e, epoch, alpha);
            }
        }
    }

    private void sample(int e, int epoch, double alpha) {
        int j = head[e];
        int k = tail[e];
        double dx = x[j] - x[k];
        double dy = y[j] - y[k];
        double d2 = dx * dx + dy * dy;
        if (d2 > 0) {
            double c = gradients.attract(d2);
            float gx = (float) (clip(c * dx) * alpha);
            float gy = (float) (clip(c * dy) * alpha);
            x[j] += gx;
            y[j] += gy;
            x[k] -= gx;
            y[k] -= gy;
        }
        nextSample[e] += perSample[e];
        int negatives = (int) ((epoch - nextNegative[e]) / perNegative[e]);
        if (negatives > 0) {
            rng[j] = repel(j, negatives, rng[j], alpha);
            nextNegative[e] += negatives * perNegative[e];
        }
    }

    private long repel(int j, int negatives, long state, double alpha) {
        int n = x.length;
        long s = state;
        float xj = x[j];
        float yj = y[j];
        for (int p = 0; p < negatives; p++) {
            s = Rng.next(s);
            int o = Rng.below(s, n);
            double dx = xj - x[o];
            double dy = yj - y[o];
            double d2 = dx * dx + dy * dy;
            if (d2 > 0 && o != j) {
                double c = gradients.repel(d2);
                xj += (float) (clip(c * dx) * alpha);
                yj += (float) (clip(c * dy) * alpha);
            }
        }
        x[j] = xj;
        y[j] = yj;
        return s;
    }

    static double clip(double v) {
        return v > CLIP ? CLIP : Math.max(v, -CLIP);
    }
}
