package org.ctcreview.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Precision, recall, F1, specificity on hand-computed confusion matrices and the per-cluster rules. */
class MetricsTest {

    @Test
    void ratiosOfAHandComputedConfusionMatrix() {
        // 8 true CTC of which 6 found; 12 non-CTC of which 2 called CTC
        Confusion c = new Confusion(6, 2, 10, 2);
        assertEquals(0.75, c.precision().getAsDouble(), 1e-15);      // 6 / 8
        assertEquals(0.75, c.recall().getAsDouble(), 1e-15);         // 6 / 8
        assertEquals(10.0 / 12, c.specificity().getAsDouble(), 1e-15);
        assertEquals(0.75, c.f1().getAsDouble(), 1e-15);             // 12 / 16
        Confusion d = new Confusion(3, 1, 4, 5);
        assertEquals(0.75, d.precision().getAsDouble(), 1e-15);
        assertEquals(3.0 / 8, d.recall().getAsDouble(), 1e-15);
        assertEquals(0.8, d.specificity().getAsDouble(), 1e-15);
        assertEquals(2 * 0.75 * 0.375 / (0.75 + 0.375), d.f1().getAsDouble(), 1e-15, "harmonic mean of P and R");
        assertEquals(13, d.total());
    }

    @Test
    void undefinedRatiosAreEmptyNotZero() {
        Confusion noCalls = new Confusion(0, 0, 5, 3);
        assertTrue(noCalls.precision().isEmpty());
        assertEquals(0.0, noCalls.recall().getAsDouble(), 0);
        Confusion nothing = Confusion.EMPTY;
        assertTrue(nothing.f1().isEmpty() && nothing.recall().isEmpty() && nothing.specificity().isEmpty());
    }

    @Test
    void countsFromArrays() {
        boolean[] truth = {true, true, false, false, true, false};
        boolean[] pred = {true, false, true, false, true, false};
        assertEquals(new Confusion(2, 1, 2, 1), Metrics.confusion(truth, pred));
    }

    @Test
    void clusterWithoutCtcCalledAllNegativeScoresSpecificityOne() {
        ClusterScore s = ClusterScore.of(4, new Confusion(0, 0, 7, 0));
        assertEquals(ClusterScore.Kind.SPECIFICITY, s.kind());
        assertEquals(1.0, s.value(), 0);
        assertTrue(s.reason().contains("no true CTC"), s.reason());
    }

    @Test
    void clusterWithoutCtcButFalseCallsScoresTnOverTnPlusFp() {
        ClusterScore s = ClusterScore.of(4, new Confusion(0, 3, 9, 0));
        assertEquals(ClusterScore.Kind.SPECIFICITY, s.kind());
        assertEquals(0.75, s.value(), 1e-15);
    }

    @Test
    void clusterWithoutTestCellsHasNoScoreAndSaysWhy() {
        ClusterScore s = ClusterScore.of(9, Confusion.EMPTY);
        assertEquals(ClusterScore.Kind.NONE, s.kind());
        assertTrue(Double.isNaN(s.value()));
        assertTrue(s.score().isEmpty());
        assertFalse(s.hasScore());
        assertEquals("no labelled test cells in cluster 9", s.reason());
    }

    @Test
    void clusterWithCtcScoresF1() {
        ClusterScore s = ClusterScore.of(1, new Confusion(0, 0, 5, 2));
        assertEquals(ClusterScore.Kind.F1, s.kind());
        assertEquals(0.0, s.value(), 0, "CTC present but none found: F1 0");
    }

    @Test
    void evaluationInTotalAndPerCluster() {
        //                 cluster 0: tp, fn, tn | cluster 1: tn, fp | cluster 2: tp, tp, fp
        boolean[] truth = {true, true, false, false, false, true, true, false};
        boolean[] pred = {true, false, false, false, true, true, true, true};
        int[] cluster = {0, 0, 0, 1, 1, 2, 2, 2};
        Evaluation e = Metrics.evaluate(truth, pred, cluster, List.of(0, 1, 2, 3, -1));
        assertEquals(new Confusion(3, 2, 2, 1), e.total().confusion());
        assertEquals(6.0 / 9, e.total().value(), 1e-15);
        assertEquals(ClusterScore.TOTAL, e.total().cluster());
        assertEquals(2.0 / 3, e.clusters().get(0).value(), 1e-15);
        assertEquals(ClusterScore.Kind.SPECIFICITY, e.clusters().get(1).kind());
        assertEquals(0.5, e.clusters().get(1).value(), 1e-15);
        assertEquals(0.8, e.clusters().get(2).value(), 1e-15);
        assertEquals(ClusterScore.Kind.NONE, e.clusters().get(3).kind());
        assertEquals(ClusterScore.Kind.NONE, e.clusters().get(-1).kind());
        assertEquals(List.of(-1, 0, 1, 2, 3), List.copyOf(e.clusters().keySet()));
        assertEquals(1, e.lowest().orElseThrow().cluster());
        // without the list of all clusters only those with test cells appear
        assertEquals(3, Metrics.evaluate(truth, pred, cluster).clusters().size());
    }
}
