package org.ctcreview.hil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Mean and sample standard deviation over runs of the total F1 and of every cluster's F1, per loop (loop 0 is
 * the initial fit), like Table 1 of the published method. A cluster's mean at a loop is over the runs in which
 * it had test cells ({@link #clusterRuns}); the weakest cluster is the one with the lowest mean F1 at loop 0 among
 * the clusters with at least {@link #MIN_TEST_CELLS} test cells on average (a cluster with two test cells swings
 * between 0 and 1 by chance; if no cluster is that large, all clusters count).
 */
public record ExperimentSummary(String strategy, int runs, int loops, double[] totalMean, double[] totalSd,
                                Map<Integer, double[]> clusterMean, Map<Integer, double[]> clusterSd,
                                Map<Integer, int[]> clusterRuns, Integer weakestCluster) {

    /** Mean test cells a cluster needs at loop 0 to be called the weakest. */
    public static final int MIN_TEST_CELLS = 10;

    public static ExperimentSummary of(String strategy, List<List<LoopRecord>> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to summarise");
        }
        int loops = runs.get(0).size();
        for (List<LoopRecord> r : runs) {
            if (r.size() != loops) {
                throw new IllegalArgumentException("runs have different loop counts: " + r.size() + " vs " + loops);
            }
        }
        double[] tm = new double[loops];
        double[] ts = new double[loops];
        TreeSet<Integer> clusters = new TreeSet<>();
        runs.forEach(r -> r.forEach(l -> clusters.addAll(l.clusterF1().keySet())));
        Map<Integer, double[]> cm = new TreeMap<>();
        Map<Integer, double[]> cs = new TreeMap<>();
        Map<Integer, int[]> cn = new TreeMap<>();
        for (int i = 0; i < loops; i++) {
            List<Double> total = new ArrayList<>();
            for (List<LoopRecord> r : runs) {
                total.add(r.get(i).totalF1());
            }
            tm[i] = mean(total);
            ts[i] = sd(total);
            for (int c : clusters) {
                List<Double> v = new ArrayList<>();
                for (List<LoopRecord> r : runs) {
                    Double f = r.get(i).clusterF1().get(c);
                    if (f != null && !f.isNaN()) {
                        v.add(f);
                    }
                }
                cm.computeIfAbsent(c, k -> new double[loops])[i] = v.isEmpty() ? Double.NaN : mean(v);
                cs.computeIfAbsent(c, k -> new double[loops])[i] = v.isEmpty() ? Double.NaN : sd(v);
                cn.computeIfAbsent(c, k -> new int[loops])[i] = v.size();
            }
        }
        Integer weakest = weakest(cm, runs, MIN_TEST_CELLS);
        if (weakest == null) {
            weakest = weakest(cm, runs, 0);
        }
        return new ExperimentSummary(strategy, runs.size(), loops, tm, ts, cm, cs, cn, weakest);
    }

    private static Integer weakest(Map<Integer, double[]> means, List<List<LoopRecord>> runs, int minTestCells) {
        Integer weakest = null;
        for (Map.Entry<Integer, double[]> e : means.entrySet()) {
            double v = e.getValue()[0];
            double cells = 0;
            for (List<LoopRecord> r : runs) {
                cells += r.get(0).clusterTestCells().getOrDefault(e.getKey(), 0);
            }
            if (!Double.isNaN(v) && cells / runs.size() >= minTestCells
                    && (weakest == null || v < means.get(weakest)[0])) {
                weakest = e.getKey();
            }
        }
        return weakest;
    }

    static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Sample standard deviation (n - 1); 0 for a single value. */
    static double sd(List<Double> v) {
        if (v.size() < 2) {
            return 0;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.size() - 1));
    }
}
