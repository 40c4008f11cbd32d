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

    private Layout() {
    }

    static void optimise(Points2d pos, FuzzyGraph g, UmapCurve curve, int nEpochs, long seed,
                         ProgressListener progress) {
        int edges = g.edges();
        int n = pos.size();
        float[] x = pos.x();
        float[] y = pos.y();
        int[] head = g.head();
        int[] tail = g.tail();
        float[] perSample = new float[edges];
        float[] perNegative = new float[edges];
        float[] nextSample = new float[edges];
        float[] nextNegative = new float[edges];
        float max = 0;
        for (float w : g.weight()) {
            max = Math.max(max, w);
        }
        for (int e = 0; e < edges; e++) {
            perSample[e] = max / g.weight()[e];
            perNegative[e] = perSample[e] / NEGATIVE_RATE;
            nextSample[e] = perSample[e];
            nextNegative[e] = perNegative[e];
        }
        long[] rng = new long[n];
        for (int i = 0; i < n; i++) {
            rng[i] = Rng.state(seed, i);
        }
        double alpha = 1.0;
        for (int epoch = 0; epoch < nEpochs; epoch++) {
            progress.checkCancelled();
            for (int e = 0; e < edges; e++) {
                if (nextSample[e] > epoch) {
                    continue;
                }
                int j = head[e];
                int k = tail[e];
                double dx = x[j] - x[k];
                double dy = y[j] - y[k];
                double d2 = dx * dx + dy * dy;
                if (d2 > 0) {
                    double c = curve.attract(d2);
                    double gx = clip(c * dx) * alpha;
                    double gy = clip(c * dy) * alpha;
                    x[j] += (float) gx;
                    y[j] += (float) gy;
                    x[k] -= (float) gx;
                    y[k] -= (float) gy;
                }
                nextSample[e] += perSample[e];
                int negatives = (int) ((epoch - nextNegative[e]) / perNegative[e]);
                long s = rng[j];
                for (int p = 0; p < negatives; p++) {
                    s = Rng.next(s);
                    int o = Rng.below(s, n);
                    dx = x[j] - x[o];
                    dy = y[j] - y[o];
                    d2 = dx * dx + dy * dy;
                    if (d2 > 0) {
                        double c = curve.repel(d2);
                        x[j] += (float) (clip(c * dx) * alpha);
                        y[j] += (float) (clip(c * dy) * alpha);
                    }
                }
                rng[j] = s;
                nextNegative[e] += negatives * perNegative[e];
            }
            alpha = 1.0 - (double) epoch / nEpochs;
            progress.update(epoch + 1, nEpochs, "map layout");
        }
    }

    static double clip(double v) {
        return v > CLIP ? CLIP : Math.max(v, -CLIP);
    }
}
