package org.ctcreview.learn;

import java.util.Random;

/** Synthetic embeddings for the learn tests: Gaussian blobs in 128 dimensions. */
final class Blobs {
    static final int DIM = 128;

    /** Cells and their labels. */
    record Data(float[][] x, boolean[] ctc, CellClass[] labels, int[] cluster) {
    }

    private Blobs() {
    }

    /**
     * Two overlapping classes: non-CTC around the origin, CTC shifted by {@code separation} standard deviations
     * along a fixed direction (Bayes error Phi(-separation / 2)); a share {@code ctcShare} is CTC. Clusters: 0 for
     * cells with x[1] > 0, 1 otherwise (a cluster id unrelated to the class).
     */
    static Data twoClasses(int n, double ctcShare, double separation, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][DIM];
        boolean[] ctc = new boolean[n];
        CellClass[] labels = new CellClass[n];
        int[] cluster = new int[n];
        double shift = separation / Math.sqrt(4);
        for (int i = 0; i < n; i++) {
            ctc[i] = r.nextDouble() < ctcShare;
            labels[i] = ctc[i] ? CellClass.CTC : CellClass.WBC;
            for (int j = 0; j < DIM; j++) {
                x[i][j] = (float) (r.nextGaussian() + (ctc[i] && j >= 4 && j < 8 ? shift : 0) + 0.5 * j / DIM);
            }
            cluster[i] = x[i][1] > 0 ? 0 : 1;
        }
        return new Data(x, ctc, labels, cluster);
    }

    /** Well separated blobs, one per class in {@code classes}, centres 12 sd apart on their own axes. */
    static Data separated(int perClass, CellClass[] classes, long seed) {
        Random r = new Random(seed);
        int n = perClass * classes.length;
        float[][] x = new float[n][DIM];
        boolean[] ctc = new boolean[n];
        CellClass[] labels = new CellClass[n];
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % classes.length;
            labels[i] = classes[c];
            ctc[i] = classes[c] == CellClass.CTC;
            cluster[i] = c;
            for (int j = 0; j < DIM; j++) {
                x[i][j] = (float) (r.nextGaussian() + (j == 3 * c ? 12 : 0));
            }
        }
        return new Data(x, ctc, labels, cluster);
    }

    static float[][] rows(float[][] x, int from, int to) {
        float[][] out = new float[to - from][];
        System.arraycopy(x, from, out, 0, out.length);
        return out;
    }

    static boolean[] slice(boolean[] y, int from, int to) {
        boolean[] out = new boolean[to - from];
        System.arraycopy(y, from, out, 0, out.length);
        return out;
    }
}
