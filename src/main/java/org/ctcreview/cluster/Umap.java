package org.ctcreview.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ctcreview.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UMAP to two dimensions that places every input point (Smile 3.1.1 drops points outside the largest
 * connected component of the kNN graph). The algorithm follows umap-learn: exact kNN graph, smooth kNN
 * memberships, fuzzy union, a/b fitted from min_dist and spread, PCA start (not spectral: see
 * {@link PcaInit}), single-threaded SGD with negative sampling. With more than
 * {@link UmapOptions#maxFitPoints()} points the layout is fitted on a seeded random subsample and the other
 * points are placed by {@link UmapModel#transform}; every point still gets a position.
 */
public final class Umap {
    private static final Logger LOG = LoggerFactory.getLogger(Umap.class);

    private Umap() {
    }

    public static UmapFit fit(float[][] vectors, UmapOptions options) {
        return fit(vectors, options, ProgressListener.none());
    }

    /**
     * @throws IllegalArgumentException for empty input, vectors of different lengths or non-finite values
     *                                  (the message names the row)
     */
    public static UmapFit fit(float[][] vectors, UmapOptions options, ProgressListener progress) {
        Vectors.requireValid(vectors, null, "vectors");
        int n = vectors.length;
        List<String> notes = new ArrayList<>();
        int[] fitIdx = fitIndices(n, options);
        int m = fitIdx.length;
        if (m < n) {
            notes.add("layout fitted on a random subsample of " + m + " of " + n + " points (maxFitPoints "
                    + options.maxFitPoints() + "); the other " + (n - m) + " were placed by transform");
        }
        int k = Math.min(options.nNeighbors(), m);
        if (k < options.nNeighbors()) {
            notes.add("only " + m + " points to fit: n_neighbors reduced from " + options.nNeighbors() + " to " + k);
        }
        float[][] fitVectors = new float[m][];
        for (int i = 0; i < m; i++) {
            fitVectors[i] = vectors[fitIdx[i]];
        }
        int epochs = options.epochsFor(n);
        long t0 = System.nanoTime();
        Points2d fitPos;
        if (m == 1) {
            fitPos = new Points2d(new float[] {0f}, new float[] {0f});
            epochs = 0;
        } else {
            Knn.Neighbours nb = Knn.self(fitVectors, k - 1, options.threads(), progress);
            long t1 = System.nanoTime();
            FuzzyGraph graph = FuzzyGraph.of(nb, k, epochs, options.threads(), progress);
            fitPos = PcaInit.of(fitVectors, options.seed());
            UmapCurve curve = UmapCurve.fit(options.spread(), options.minDist());
            long t2 = System.nanoTime();
            Layout.optimise(fitPos, graph, curve, epochs, options.seed(), progress);
            LOG.info("UMAP fit of {} points ({}-d, k {}): kNN {} ms, graph {} edges {} ms, layout {} epochs {} ms",
                    m, vectors[0].length, k, (t1 - t0) / 1_000_000, graph.edges(), (t2 - t1) / 1_000_000, epochs,
                    (System.nanoTime() - t2) / 1_000_000);
        }
        UmapModel model = UmapModel.of(fitVectors, fitPos, options);
        Points2d all = m == n ? fitPos : placeRest(vectors, fitIdx, fitPos, model, progress);
        for (String note : notes) {
            LOG.info("UMAP: {}", note);
        }
        return new UmapFit(all, model, fitIdx, k, epochs, notes);
    }

    /** The rows the layout is fitted on: all, or a seeded random subsample (ascending). */
    static int[] fitIndices(int n, UmapOptions options) {
        int m = options.maxFitPoints() > 0 ? Math.min(n, options.maxFitPoints()) : n;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        if (m == n) {
            return idx;
        }
        Random r = new Random(options.seed() ^ 0x7F4A7C159E3779B9L);
        for (int i = 0; i < m; i++) {
            int j = i + r.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] chosen = Arrays.copyOf(idx, m);
        Arrays.sort(chosen);
        return chosen;
    }

    private static Points2d placeRest(float[][] vectors, int[] fitIdx, Points2d fitPos, UmapModel model,
                                      ProgressListener progress) {
        int n = vectors.length;
        boolean[] fitted = new boolean[n];
        for (int i : fitIdx) {
            fitted[i] = true;
        }
        float[][] rest = new float[n - fitIdx.length][];
        int[] restIdx = new int[rest.length];
        for (int i = 0, r = 0; i < n; i++) {
            if (!fitted[i]) {
                restIdx[r] = i;
                rest[r++] = vectors[i];
            }
        }
        long t0 = System.nanoTime();
        Points2d placed = model.transform(rest, progress);
        LOG.info("UMAP transform of {} points: {} ms", rest.length, (System.nanoTime() - t0) / 1_000_000);
        Points2d all = Points2d.of(n);
        for (int f = 0; f < fitIdx.length; f++) {
            all.x()[fitIdx[f]] = fitPos.x()[f];
            all.y()[fitIdx[f]] = fitPos.y()[f];
        }
        for (int r = 0; r < rest.length; r++) {
            all.x()[restIdx[r]] = placed.x()[r];
            all.y()[restIdx[r]] = placed.y()[r];
        }
        return all;
    }
}
