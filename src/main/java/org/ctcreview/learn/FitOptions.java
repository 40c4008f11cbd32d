package org.ctcreview.learn;

/**
 * How to fit a PCA + RBF SVM model.
 *
 * @param c          SVM penalty C (scikit-learn default 1.0); per class it is multiplied by the balanced weight
 * @param gamma      RBF gamma, or null for scikit-learn's 'scale' = 1 / (k Var(X)) on the projected training data
 * @param threshold  probability at or above which a cell is called positive (0.5)
 * @param seed       fixes LASVM's visiting order and the cross-validation folds
 * @param components PCA components (32)
 * @param gridSearch choose C and gamma from {@link #GRID_C} x {@link #GRID_GAMMA_FACTORS} by k-fold F1
 * @param gridFolds  k of that search (3)
 * @param plattFolds 0: fit Platt on the training decision values (fast, the default); k >= 2: on out-of-fold
 *                   decisions of a k-fold cross-validation, as scikit-learn does with k = 5 (k extra fits)
 * @param threads    threads for scoring, grid search and cross-validation folds
 */
public record FitOptions(double c, Double gamma, double threshold, long seed, int components, boolean gridSearch,
                         int gridFolds, int plattFolds, int threads) {
    /** C values of the grid search. */
    public static final double[] GRID_C = {0.1, 1, 10};
    /** Gamma values of the grid search, as factors of the base gamma ('scale' unless gamma is given). */
    public static final double[] GRID_GAMMA_FACTORS = {0.25, 1, 4};

    public FitOptions {
        if (!(c > 0) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("C must be a positive number, got " + c);
        }
        if (gamma != null && (!(gamma > 0) || !Double.isFinite(gamma))) {
            throw new IllegalArgumentException("gamma must be a positive number or null ('scale'), got " + gamma);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must lie in [0, 1], got " + threshold);
        }
        if (components < 1) {
            throw new IllegalArgumentException("components must be >= 1, got " + components);
        }
        if (gridFolds < 2) {
            throw new IllegalArgumentException("gridFolds must be >= 2, got " + gridFolds);
        }
        if (plattFolds == 1 || plattFolds < 0) {
            throw new IllegalArgumentException("plattFolds must be 0 (training decisions) or >= 2, got "
                    + plattFolds);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** C 1, gamma 'scale', threshold 0.5, seed 42, 32 components, no grid search, Platt on training decisions. */
    public static FitOptions defaults() {
        return new FitOptions(1.0, null, 0.5, 42, Pca.DEFAULT_COMPONENTS, false, 3, 0,
                Runtime.getRuntime().availableProcessors());
    }

    public FitOptions withC(double value) {
        return new FitOptions(value, gamma, threshold, seed, components, gridSearch, gridFolds, plattFolds, threads);
    }

    /** A fixed gamma, or null for 'scale'. */
    public FitOptions withGamma(Double value) {
        return new FitOptions(c, value, threshold, seed, components, gridSearch, gridFolds, plattFolds, threads);
    }

    public FitOptions withThreshold(double value) {
        return new FitOptions(c, gamma, value, seed, components, gridSearch, gridFolds, plattFolds, threads);
    }

    public FitOptions withSeed(long value) {
        return new FitOptions(c, gamma, threshold, value, components, gridSearch, gridFolds, plattFolds, threads);
    }

    public FitOptions withComponents(int value) {
        return new FitOptions(c, gamma, threshold, seed, value, gridSearch, gridFolds, plattFolds, threads);
    }

    public FitOptions withGridSearch(boolean on) {
        return new FitOptions(c, gamma, threshold, seed, components, on, gridFolds, plattFolds, threads);
    }

    public FitOptions withGridFolds(int value) {
        return new FitOptions(c, gamma, threshold, seed, components, gridSearch, value, plattFolds, threads);
    }

    public FitOptions withPlattFolds(int value) {
        return new FitOptions(c, gamma, threshold, seed, components, gridSearch, gridFolds, value, threads);
    }

    public FitOptions withThreads(int value) {
        return new FitOptions(c, gamma, threshold, seed, components, gridSearch, gridFolds, plattFolds, value);
    }
}
