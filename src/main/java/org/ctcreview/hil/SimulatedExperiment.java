package org.ctcreview.hil;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.ctcreview.learn.CellClass;
import org.ctcreview.model.BadInputException;
import org.ctcreview.learn.FitOptions;
import org.ctcreview.learn.NotEnoughLabelsException;
import org.ctcreview.task.ProgressListener;

/**
 * Runs a scenario ({@link ExperimentDesign}) several times with a simulated expert on a project whose true
 * classes are known, and returns the loop records of every run. Run {@code r} uses seed {@code seed + r} for the
 * labelled-set draw, the test split, the initial pool and the strategy.
 */
public final class SimulatedExperiment {
    private SimulatedExperiment() {
    }

    public static List<List<LoopRecord>> run(ExperimentDesign design, SamplingStrategy strategy, int runs, long seed,
                                             Map<Long, float[]> features, Map<Long, Integer> clusters,
                                             Map<Long, String> truth, FitOptions fit, String modelVersion,
                                             ProgressListener progress) {
        List<List<LoopRecord>> out = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            Random rng = new Random(seed + r);
            Pools pools = initialPools(design, features, clusters, truth, rng);
            Expert expert = design.labelNoise() > 0
                    ? SimulatedExpert.noisy(truth, design.labelNoise(), seed + r) : SimulatedExpert.exact(truth);
            HilEngine engine = HilEngine.of(features, clusters, fit.withSeed(seed + r));
            int perLoop = perLoop(design, pools, clusters);
            List<LoopRecord> loops = new ArrayList<>();
            for (int i = 0; i <= design.loops(); i++) {
                progress.checkCancelled();
                progress.update((long) r * (design.loops() + 1) + i, (long) runs * (design.loops() + 1),
                        design.scenario() + " " + strategy.name() + ": run " + (r + 1) + ", loop " + i);
                int draw = i < design.loops() ? perLoop : 0;
                loops.add(engine.round(i, pools, strategy, expert, draw, rng, modelVersion));
            }
            out.add(loops);
        }
        return out;
    }

    /** Cells drawn per loop: fixed for sim1, a fraction of the main cluster's labelled cells for sim2. */
    static int perLoop(ExperimentDesign d, Pools pools, Map<Long, Integer> clusters) {
        if (d.mainCluster() == null) {
            return d.perLoop();
        }
        long main = 0;
        for (long id : pools.relabel()) {
            main += clusters.get(id).equals(d.mainCluster()) ? 1 : 0;
        }
        for (long id : pools.train().keySet()) {
            main += clusters.get(id).equals(d.mainCluster()) ? 1 : 0;
        }
        return (int) Math.max(1, Math.round(d.loopFraction() * main));
    }

    /** Labelled set, stratified test split and the scenario's initial training pool. */
    static Pools initialPools(ExperimentDesign d, Map<Long, float[]> features, Map<Long, Integer> clusters,
                              Map<Long, String> truth, Random rng) {
        List<Long> ctc = new ArrayList<>();
        List<Long> other = new ArrayList<>();
        for (long id : new TreeMap<>(features).keySet()) {
            String t = truth.get(id);
            if (t == null || !clusters.containsKey(id)) {
                continue;
            }
            (t.equals("CTC") ? ctc : other).add(id);
        }
        Collections.shuffle(ctc, rng);
        Collections.shuffle(other, rng);
        int half = d.labelledCap() / 2;
        int nCtc = Math.min(ctc.size(), half);
        int nOther = Math.min(other.size(), d.labelledCap() - nCtc);
        int min = 2 * NotEnoughLabelsException.MIN_PER_CLASS;
        if (nCtc < min || nOther < min) {
            throw new BadInputException(null, "the project has " + ctc.size() + " true CTCs and " + other.size()
                    + " other cells with embeddings and map positions; an experiment needs at least " + min
                    + " of each", "import more patients of the generated cohort, run ctc embed and ctc map");
        }
        Map<Long, CellClass> test = new LinkedHashMap<>();
        List<Long> rest = new ArrayList<>();
        split(ctc.subList(0, nCtc), d.testFraction(), truth, test, rest);
        split(other.subList(0, nOther), d.testFraction(), truth, test, rest);
        Collections.shuffle(rest, rng);
        Map<Long, CellClass> train = new LinkedHashMap<>();
        if (d.mainCluster() == null) {
            for (long id : rest.subList(0, Math.min(d.initial(), rest.size()))) {
                train.put(id, CellClass.of(truth.get(id)));
            }
        } else {
            Map<Boolean, List<Long>> byMain = new TreeMap<>();
            for (long id : rest) {
                byMain.computeIfAbsent(clusters.get(id).equals(d.mainCluster()), k -> new ArrayList<>()).add(id);
            }
            if (byMain.getOrDefault(true, List.of()).isEmpty()) {
                throw new IllegalArgumentException("cluster " + d.mainCluster() + " has no labelled cells; choose"
                        + " another --main-cluster (see the cluster list of ctc map)");
            }
            take(byMain.get(true), d.mainFraction(), truth, train);
            take(byMain.getOrDefault(false, List.of()), d.otherFraction(), truth, train);
        }
        Set<Long> relabel = new LinkedHashSet<>(rest);
        relabel.removeAll(train.keySet());
        return Pools.of(train, test, relabel);
    }

    private static void split(List<Long> ids, double testFraction, Map<Long, String> truth, Map<Long, CellClass> test,
                              List<Long> rest) {
        int nTest = (int) Math.round(ids.size() * testFraction);
        for (int i = 0; i < ids.size(); i++) {
            if (i < nTest) {
                test.put(ids.get(i), CellClass.of(truth.get(ids.get(i))));
            } else {
                rest.add(ids.get(i));
            }
        }
    }

    private static void take(List<Long> ids, double fraction, Map<Long, String> truth, Map<Long, CellClass> into) {
        int n = (int) Math.round(ids.size() * fraction);
        for (long id : ids.subList(0, n)) {
            into.put(id, CellClass.of(truth.get(id)));
        }
    }
}
