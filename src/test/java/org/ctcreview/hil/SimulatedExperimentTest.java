package org.ctcreview.hil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ctcreview.learn.CellClass;
import org.ctcreview.learn.FitOptions;
import org.ctcreview.model.BadInputException;
import org.ctcreview.task.ProgressListener;
import org.junit.jupiter.api.Test;

class SimulatedExperimentTest {
    /** 3 clusters of 16-d Gaussian cells; CTCs sit apart in clusters 0 and 1, cluster 2 (hard) overlaps more. */
    static final Map<Long, float[]> FEATURES = new HashMap<>();
    static final Map<Long, Integer> CLUSTERS = new HashMap<>();
    static final Map<Long, String> TRUTH = new HashMap<>();

    static {
        Random r = new Random(5);
        long id = 1;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 600; i++, id++) {
                boolean ctc = i % 2 == 0;
                float[] v = new float[16];
                double sep = c == 2 ? 0.6 : 2.5;
                for (int d = 0; d < 16; d++) {
                    v[d] = (float) (r.nextGaussian() + (d == c ? 6 : 0) + (d == 5 && ctc ? sep : 0));
                }
                FEATURES.put(id, v);
                CLUSTERS.put(id, c);
                TRUTH.put(id, ctc ? "CTC" : (i % 4 == 1 ? "WBC" : "TDEV"));
            }
        }
    }

    private static FitOptions fit() {
        return FitOptions.defaults().withComponents(8).withThreads(2);
    }

    @Test
    void sim1GrowsTheTrainingPoolByTheDrawAndKeepsTheTestPoolFixed() {
        ExperimentDesign d = ExperimentDesign.sim1().withLabelledCap(1200).withLoops(3);
        List<List<LoopRecord>> runs = SimulatedExperiment.run(d, SamplingStrategy.named("cluster"), 2, 11, FEATURES,
                CLUSTERS, TRUTH, fit(), "test", ProgressListener.none());
        assertEquals(2, runs.size());
        for (List<LoopRecord> run : runs) {
            assertEquals(4, run.size(), "init + 3 loops");
            for (int i = 0; i < run.size(); i++) {
                LoopRecord l = run.get(i);
                assertEquals(100 + 100 * i, l.trainSize());
                assertEquals(240, l.testSize(), "20 % of 1200");
                assertEquals(1200 - 240 - 100 - 100 * i, l.relabelSize());
                assertEquals(i < 3 ? 100 : 0, l.labelsAdded());
                assertEquals(Set.of(0, 1, 2), l.clusterF1().keySet());
                assertTrue(l.totalF1() > 0.5 && l.totalF1() <= 1, "total F1 " + l.totalF1());
            }
        }
        ExperimentSummary s = ExperimentSummary.of("cluster", runs);
        assertEquals(2, s.weakestCluster(), "the overlapping cluster is the weakest");
    }

    @Test
    void sameSeedSameExperiment() {
        ExperimentDesign d = ExperimentDesign.sim1().withLabelledCap(600).withLoops(1);
        var a = SimulatedExperiment.run(d, SamplingStrategy.named("random"), 1, 3, FEATURES, CLUSTERS, TRUTH, fit(),
                "t", ProgressListener.none());
        var b = SimulatedExperiment.run(d, SamplingStrategy.named("random"), 1, 3, FEATURES, CLUSTERS, TRUTH, fit(),
                "t", ProgressListener.none());
        assertEquals(a.get(0).get(1).totalF1(), b.get(0).get(1).totalF1(), 0.0);
        assertEquals(a.get(0).get(1).clusterF1(), b.get(0).get(1).clusterF1());
    }

    @Test
    void sim2StartsWithTwentyPercentOfTheMainClusterAndEightyOfTheOthers() {
        ExperimentDesign d = ExperimentDesign.sim2(2).withLabelledCap(1800);
        Pools p = SimulatedExperiment.initialPools(d, FEATURES, CLUSTERS, TRUTH, new Random(1));
        long main = p.train().keySet().stream().filter(id -> CLUSTERS.get(id) == 2).count();
        long mainAvailable = main + p.relabel().stream().filter(id -> CLUSTERS.get(id) == 2).count();
        assertEquals(Math.round(0.2 * mainAvailable), main);
        long others = p.train().size() - main;
        long othersAvailable = others + p.relabel().stream().filter(id -> CLUSTERS.get(id) != 2).count();
        assertEquals(0.8, others / (double) othersAvailable, 0.01);
        assertEquals(Math.round(0.2 * mainAvailable), SimulatedExperiment.perLoop(d, p, CLUSTERS));
        assertThrows(IllegalArgumentException.class, () -> SimulatedExperiment.initialPools(ExperimentDesign.sim2(9),
                FEATURES, CLUSTERS, TRUTH, new Random(1)), "a cluster with no cells is refused");
    }

    @Test
    void tooFewTrueCtcsIsAClearError() {
        Map<Long, String> noCtc = new HashMap<>();
        TRUTH.forEach((k, v) -> noCtc.put(k, v.equals("CTC") && k > 10 ? "WBC" : v));
        BadInputException e = assertThrows(BadInputException.class, () -> SimulatedExperiment.initialPools(
                ExperimentDesign.sim1(), FEATURES, CLUSTERS, noCtc, new Random(1)));
        assertTrue(e.getMessage().contains("true CTCs"), e.getMessage());
    }

    @Test
    void aRelabelingPoolThatRunsDryEndsTheDrawsWithoutError() {
        ExperimentDesign d = ExperimentDesign.sim1().withLabelledCap(300).withInitial(100, 500).withLoops(2);
        List<LoopRecord> run = SimulatedExperiment.run(d, SamplingStrategy.named("cluster"), 1, 1, FEATURES, CLUSTERS,
                TRUTH, fit(), "t", ProgressListener.none()).get(0);
        assertEquals(140, run.get(0).labelsAdded(), "only 140 cells were left to draw");
        assertEquals(0, run.get(1).relabelSize());
        assertEquals(0, run.get(1).labelsAdded());
    }

    @Test
    void poolsRefuseOverlapsAndUnknownCells() {
        assertThrows(IllegalArgumentException.class, () -> Pools.of(Map.of(1L, CellClass.CTC), Map.of(1L, CellClass.WBC),
                Set.of()));
        Pools p = Pools.of(Map.of(1L, CellClass.CTC), Map.of(2L, CellClass.WBC), Set.of(3L, 4L));
        assertThrows(IllegalArgumentException.class, () -> p.addLabels(Map.of(9L, CellClass.CTC)));
        p.addLabels(Map.of(3L, CellClass.UNSURE, 4L, CellClass.WBC));
        assertEquals(Set.of(1L, 4L), p.train().keySet(), "UNSURE leaves the pool but is not trained on");
        assertTrue(p.relabel().isEmpty());
    }
}
