package org.ctcreview.learn;

/**
 * Monte-Carlo cross-validation settings.
 *
 * @param splits       random train/test splits (100 in the published method)
 * @param testFraction share of each class drawn into the test set (0.1)
 * @param seed         fixes the splits; split i fits with seed {@code fit.seed() + i}
 * @param threads      splits fitted at the same time (each fit uses one thread)
 * @param fit          how each split's model is fitted
 */
public record CvOptions(int splits, double testFraction, long seed, int threads, FitOptions fit) {
    public CvOptions {
        if (splits < 1) {
            throw new IllegalArgumentException("splits must be >= 1, got " + splits);
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must lie in (0, 1), got " + testFraction);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (fit == null) {
            throw new IllegalArgumentException("fit options are required");
        }
    }

    /** 100 splits of 90/10, seed 42, all processors, default fit options. */
    public static CvOptions defaults() {
        return new CvOptions(100, 0.1, 42, CtcClassifier.defaultThreads(), FitOptions.defaults());
    }

    public CvOptions withSplits(int value) {
        return new CvOptions(value, testFraction, seed, threads, fit);
    }

    public CvOptions withTestFraction(double value) {
        return new CvOptions(splits, value, seed, threads, fit);
    }

    public CvOptions withSeed(long value) {
        return new CvOptions(splits, testFraction, value, threads, fit);
    }

    public CvOptions withThreads(int value) {
        return new CvOptions(splits, testFraction, seed, value, fit);
    }

    public CvOptions withFit(FitOptions value) {
        return new CvOptions(splits, testFraction, seed, threads, value);
    }
}
