package org.ctcreview.cluster;

/**
 * UMAP settings. Defaults follow the reference method (n_neighbors 200, min_dist 0.8) and umap-learn
 * (spread 1, epochs 500 for at most 10,000 points, else 200).
 *
 * @param nNeighbors      neighbourhood size including the point itself (umap-learn's n_neighbors); reduced to
 *                        the number of fitted points when there are fewer
 * @param minDist         umap-learn's min_dist
 * @param spread          umap-learn's spread
 * @param nEpochs         layout epochs of the fit; 0 = automatic: 500 for at most 10,000 input points, else 200
 *                        (umap-learn's rule, applied to the whole input even when a subsample is fitted)
 * @param transformEpochs layout epochs when new points are placed (only the new points move)
 * @param maxFitPoints    the fit uses at most this many points, a seeded random subsample; the others are
 *                        placed by {@link UmapModel#transform}; 0 = fit on every point
 * @param seed            the random seed: the same seed and input give the same map
 * @param threads         threads for the neighbour search and for placing new points (results do not depend
 *                        on it)
 */
public record UmapOptions(int nNeighbors, double minDist, double spread, int nEpochs, int transformEpochs,
                          int maxFitPoints, long seed, int threads) {
    public static final int AUTO = 0;

    public UmapOptions {
        if (nNeighbors < 2) {
            throw new IllegalArgumentException("n_neighbors must be at least 2, not " + nNeighbors);
        }
        if (!(spread > 0) || !(minDist >= 0) || minDist > spread) {
            throw new IllegalArgumentException("need spread > 0 and 0 <= min_dist <= spread, not min_dist "
                    + minDist + ", spread " + spread);
        }
        if (nEpochs < 0 || transformEpochs < 1) {
            throw new IllegalArgumentException("epochs must be positive (nEpochs 0 = automatic)");
        }
        if (maxFitPoints < 0 || (maxFitPoints > 0 && maxFitPoints < 2)) {
            throw new IllegalArgumentException("maxFitPoints must be 0 (all) or at least 2, not " + maxFitPoints);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /** n_neighbors 200, min_dist 0.8, spread 1, automatic epochs, 30 transform epochs, fit on at most
     *  20,000 points, seed 1, one thread per core. */
    public static UmapOptions defaults() {
        return new UmapOptions(200, 0.8, 1.0, AUTO, 30, 20_000, 1, Runtime.getRuntime().availableProcessors());
    }

    public UmapOptions withSeed(long s) {
        return new UmapOptions(nNeighbors, minDist, spread, nEpochs, transformEpochs, maxFitPoints, s, threads);
    }

    public UmapOptions withNeighbors(int k) {
        return new UmapOptions(k, minDist, spread, nEpochs, transformEpochs, maxFitPoints, seed, threads);
    }

    public UmapOptions withEpochs(int fit, int transform) {
        return new UmapOptions(nNeighbors, minDist, spread, fit, transform, maxFitPoints, seed, threads);
    }

    public UmapOptions withMaxFitPoints(int m) {
        return new UmapOptions(nNeighbors, minDist, spread, nEpochs, transformEpochs, m, seed, threads);
    }

    public UmapOptions withThreads(int t) {
        return new UmapOptions(nNeighbors, minDist, spread, nEpochs, transformEpochs, maxFitPoints, seed, t);
    }

    /** The epochs a fit of {@code points} input points runs. */
    public int epochsFor(int points) {
        return nEpochs != AUTO ? nEpochs : points <= 10_000 ? 500 : 200;
    }
}
