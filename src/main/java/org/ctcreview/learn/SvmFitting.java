package org.ctcreview.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/** Fits a calibrated RBF SVM on projected rows: gamma rule, optional grid search, Platt scaling. */
final class SvmFitting {
    record Fitted(RbfSvm svm, Platt platt, FitReport report) {
    }

    private SvmFitting() {
    }

    /** {@code x}: projected training rows; both classes must be present (checked by the caller). */
    static Fitted fit(double[][] x, boolean[] y, FitOptions o) {
        long t0 = System.nanoTime();
        int pos = count(y);
        int neg = y.length - pos;
        List<String> notes = new ArrayList<>();
        double base = o.gamma() != null ? o.gamma() : RbfSvm.scaleGamma(x);
        String baseName = o.gamma() != null ? "given" : "scale";
        double c = o.c();
        double gamma = base;
        String rule = baseName;
        List<FitReport.GridPoint> grid = List.of();
        if (o.gridSearch()) {
            int k = o.gridFolds();
            if (Math.min(pos, neg) < 2 * k) {
                notes.add("grid search skipped: " + k + "-fold search needs at least " + 2 * k
                        + " labels of each class; used C " + c + " and gamma " + baseName);
            } else {
                grid = grid(x, y, base, o);
                FitReport.GridPoint best = best(grid, base);
                c = best.c();
                gamma = best.gamma();
                rule = "grid " + best.gamma() / base + " x " + baseName;
            }
        }
        RbfSvm svm = RbfSvm.train(x, y, c, gamma, o.seed());
        double[] calibrationDecisions;
        String calibration = "training decisions";
        int k = o.plattFolds();
        if (k >= 2 && Math.min(pos, neg) >= k) {
            calibrationDecisions = outOfFold(x, y, stratifiedFolds(y, k, o.seed()), k, c, gamma, o.seed(),
                    o.threads());
            calibration = k + "-fold out-of-fold decisions";
        } else {
            if (k >= 2) {
                notes.add("Platt scaling on training decisions: " + k + "-fold calibration needs at least " + k
                        + " labels of each class");
            }
            calibrationDecisions = svm.decisions(x, o.threads());
        }
        Platt platt = Platt.fit(calibrationDecisions, y);
        FitReport report = new FitReport(y.length, pos, neg, x[0].length, c, gamma, rule, svm.supportVectors(),
                calibration, grid, notes, (System.nanoTime() - t0) / 1e9);
        return new Fitted(svm, platt, report);
    }

    /** Pooled out-of-fold F1 (decision > 0 = positive) of every grid point, in grid order. */
    static List<FitReport.GridPoint> grid(double[][] x, boolean[] y, double base, FitOptions o) {
        int k = o.gridFolds();
        int[] fold = stratifiedFolds(y, k, o.seed());
        List<double[]> points = new ArrayList<>();
        List<Callable<double[]>> tasks = new ArrayList<>();
        for (double c : FitOptions.GRID_C) {
            for (double f : FitOptions.GRID_GAMMA_FACTORS) {
                points.add(new double[] {c, f * base});
                for (int test = 0; test < k; test++) {
                    int t = test;
                    tasks.add(() -> foldDecisions(x, y, fold, t, c, f * base, o.seed() + t));
                }
            }
        }
        List<double[]> results = Parallel.tasks(tasks, o.threads());
        List<FitReport.GridPoint> grid = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            double[] decision = new double[y.length];
            for (int t = 0; t < k; t++) {
                scatter(results.get(p * k + t), fold, t, decision);
            }
            boolean[] called = new boolean[y.length];
            for (int i = 0; i < y.length; i++) {
                called[i] = decision[i] > 0;
            }
            double f1 = Confusion.of(y, called).f1().orElse(0);
            grid.add(new FitReport.GridPoint(points.get(p)[0], points.get(p)[1], f1));
        }
        return grid;
    }

    /** Highest F1; ties go to the point closest to C = 1 and the base gamma (in log scale). */
    private static FitReport.GridPoint best(List<FitReport.GridPoint> grid, double base) {
        FitReport.GridPoint best = null;
        for (FitReport.GridPoint g : grid) {
            if (best == null || g.f1() > best.f1()
                    || g.f1() == best.f1() && distance(g, base) < distance(best, base)) {
                best = g;
            }
        }
        return best;
    }

    private static double distance(FitReport.GridPoint g, double base) {
        return Math.abs(Math.log(g.c())) + Math.abs(Math.log(g.gamma() / base));
    }

    /** Decision values of every row from k fits, each on the rows outside the row's fold. */
    static double[] outOfFold(double[][] x, boolean[] y, int[] fold, int k, double c, double gamma, long seed,
                              int threads) {
        List<Callable<double[]>> tasks = new ArrayList<>();
        for (int test = 0; test < k; test++) {
            int t = test;
            tasks.add(() -> foldDecisions(x, y, fold, t, c, gamma, seed + t));
        }
        List<double[]> results = Parallel.tasks(tasks, threads);
        double[] decision = new double[y.length];
        for (int t = 0; t < k; t++) {
            scatter(results.get(t), fold, t, decision);
        }
        return decision;
    }

    /** Fits on the rows outside fold {@code test} and returns the decisions of the rows inside it, in order. */
    private static double[] foldDecisions(double[][] x, boolean[] y, int[] fold, int test, double c, double gamma,
                                          long seed) {
        List<double[]> trainX = new ArrayList<>();
        List<Boolean> trainY = new ArrayList<>();
        List<double[]> testX = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (fold[i] == test) {
                testX.add(x[i]);
            } else {
                trainX.add(x[i]);
                trainY.add(y[i]);
            }
        }
        boolean[] ty = new boolean[trainY.size()];
        for (int i = 0; i < ty.length; i++) {
            ty[i] = trainY.get(i);
        }
        RbfSvm svm = RbfSvm.train(trainX.toArray(new double[0][]), ty, c, gamma, seed);
        return svm.decisions(testX.toArray(new double[0][]), 1);
    }

    private static void scatter(double[] foldValues, int[] fold, int test, double[] into) {
        int j = 0;
        for (int i = 0; i < fold.length; i++) {
            if (fold[i] == test) {
                into[i] = foldValues[j++];
            }
        }
    }

    /**
     * Fold of each row for k-fold cross-validation, stratified: positives and negatives are shuffled separately
     * (seeded) and dealt round-robin, positives first, so every fold gets floor or ceil of n_class / k of each.
     */
    static int[] stratifiedFolds(boolean[] y, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] fold = new int[y.length];
        int dealt = 0;
        for (boolean cls : new boolean[] {true, false}) {
            int[] idx = indicesOf(y, cls);
            shuffle(idx, random);
            for (int i : idx) {
                fold[i] = dealt++ % k;
            }
        }
        return fold;
    }

    static int[] indicesOf(boolean[] y, boolean value) {
        int[] idx = new int[y.length];
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == value) {
                idx[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(idx, n);
    }

    /** Fisher-Yates shuffle. */
    static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static int count(boolean[] y) {
        int n = 0;
        for (boolean b : y) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
