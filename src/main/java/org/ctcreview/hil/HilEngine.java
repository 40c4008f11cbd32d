package org.ctcreview.hil;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.ctcreview.learn.CellClass;
import org.ctcreview.learn.ClusterScore;
import org.ctcreview.learn.CtcClassifier;
import org.ctcreview.learn.Evaluation;
import org.ctcreview.learn.FitOptions;
import org.ctcreview.learn.Metrics;

/**
 * One human-in-the-loop round, composed of the stages: fit the CTC classifier on the training pool, score the
 * test pool and compute the per-cluster scores (F1, or specificity for CTC-free clusters), score the relabeling
 * pool, draw cells by the strategy, let the expert label them and move them into the training pool.
 * Features are the cells' embeddings; clusters come from the map. Nothing here touches the database:
 * {@code HilHistory} persists the records and the labels.
 */
public final class HilEngine {
    private final Map<Long, float[]> features;
    private final Map<Long, Integer> clusters;
    private final FitOptions fit;

    private HilEngine(Map<Long, float[]> features, Map<Long, Integer> clusters, FitOptions fit) {
        this.features = features;
        this.clusters = clusters;
        this.fit = fit;
    }

    public static HilEngine of(Map<Long, float[]> features, Map<Long, Integer> clusters, FitOptions fit) {
        return new HilEngine(features, clusters, fit);
    }

    /** The result of fitting and evaluating on the current pools. */
    public record Fitted(CtcClassifier classifier, Evaluation evaluation, Map<Integer, Double> clusterF1,
                         Map<Integer, Integer> clusterTestCells, double totalF1) {
    }

    /** Fits on the training pool and evaluates on the test pool. */
    public Fitted fitAndEvaluate(Pools pools) {
        List<Long> trainIds = new ArrayList<>(pools.train().keySet());
        float[][] x = rows(trainIds);
        CellClass[] y = new CellClass[trainIds.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = pools.train().get(trainIds.get(i));
        }
        CtcClassifier clf = CtcClassifier.fit(x, y, fit);
        List<Long> testIds = new ArrayList<>(pools.test().keySet());
        boolean[] truth = new boolean[testIds.size()];
        int[] cl = new int[testIds.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = pools.test().get(testIds.get(i)) == CellClass.CTC;
            cl[i] = cluster(testIds.get(i));
        }
        boolean[] pred = testIds.isEmpty() ? new boolean[0] : clf.score(rows(testIds)).candidate();
        Evaluation ev = Metrics.evaluate(truth, pred, cl, allClusters());
        Map<Integer, Double> f1 = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Map.Entry<Integer, ClusterScore> e : ev.clusters().entrySet()) {
            if (e.getValue().hasScore()) {
                f1.put(e.getKey(), e.getValue().value());
                counts.put(e.getKey(), (int) e.getValue().confusion().total());
            }
        }
        return new Fitted(clf, ev, f1, counts, ev.total().value());
    }

    /** Scores the relabeling pool and draws {@code count} cells with the strategy. */
    public List<Long> draw(Fitted fitted, Pools pools, SamplingStrategy strategy, int count, Random rng) {
        List<Long> ids = new ArrayList<>(pools.relabel());
        if (ids.isEmpty()) {
            return List.of();
        }
        double[] p = fitted.classifier().probabilities(rows(ids), fit.threads());
        List<Candidate> pool = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            pool.add(new Candidate(ids.get(i), cluster(ids.get(i)), p[i]));
        }
        return strategy.draw(new DrawRequest(pool, fitted.clusterF1(), fitted.classifier().threshold(), count), rng);
    }

    /**
     * A whole round: fit + evaluate, then (if {@code count > 0}) draw, ask the expert and update the pools.
     * The record carries the evaluation of the model fitted at the start of the round.
     */
    public LoopRecord round(int loop, Pools pools, SamplingStrategy strategy, Expert expert, int count, Random rng,
                            String modelVersion) {
        int trainSize = pools.train().size();
        int testSize = pools.test().size();
        int relabelSize = pools.relabel().size();
        Fitted f = fitAndEvaluate(pools);
        int added = 0;
        double seconds = 0;
        if (count > 0) {
            List<Long> drawn = draw(f, pools, strategy, count, rng);
            Map<Long, CellClass> given = new LinkedHashMap<>();
            for (Expert.GivenLabel g : expert.label(drawn)) {
                given.put(g.cellId(), CellClass.of(g.label()));
                seconds += g.seconds();
            }
            pools.addLabels(given);
            added = given.size();
        }
        return new LoopRecord(loop, trainSize, testSize, relabelSize, f.clusterF1(), f.clusterTestCells(), f.totalF1(),
                modelVersion, added, seconds);
    }

    private List<Integer> allClusters() {
        return clusters.values().stream().distinct().sorted().toList();
    }

    private int cluster(long id) {
        Integer c = clusters.get(id);
        if (c == null) {
            throw new IllegalArgumentException("cell " + id + " has no position on the map; rebuild the map");
        }
        return c;
    }

    private float[][] rows(List<Long> ids) {
        float[][] x = new float[ids.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = features.get(ids.get(i));
            if (x[i] == null) {
                throw new IllegalArgumentException("cell " + ids.get(i) + " has no embedding; run ctc embed first");
            }
        }
        return x;
    }
}
