package org.ctcreview.cli;

import java.util.Random;

/**
 * Deterministic stand-in embeddings for benchmarks when no project is given: a mixture of 8 anisotropic
 * Gaussian groups in 128-d, with CTCs making up 30 % of three groups and 2 % of the others (so per-cluster F1 is
 * neither trivial nor undefined).
 */
record SyntheticEmbeddings(long[] ids, float[][] vectors, boolean[] ctc) {
    static SyntheticEmbeddings of(int n, long seed) {
        Random r = new Random(seed);
        int groups = 8;
        int dim = 128;
        float[][] centres = new float[groups][dim];
        for (float[] c : centres) {
            for (int d = 0; d < dim; d++) {
                c[d] = (float) (r.nextGaussian() * 3);
            }
        }
        long[] ids = new long[n];
        float[][] v = new float[n][dim];
        boolean[] ctc = new boolean[n];
        for (int i = 0; i < n; i++) {
            int g = i % groups;
            ids[i] = i + 1L;
            ctc[i] = r.nextDouble() < (g < 3 ? 0.3 : 0.02);
            double spread = 0.6 + 0.2 * g;
            for (int d = 0; d < dim; d++) {
                v[i][d] = (float) (centres[g][d] + r.nextGaussian() * spread + (ctc[i] && d < 4 ? 1.5 : 0));
            }
        }
        return new SyntheticEmbeddings(ids, v, ctc);
    }
}
