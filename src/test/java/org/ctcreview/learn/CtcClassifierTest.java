package org.ctcreview.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import smile.base.svm.KernelMachine;
import smile.base.svm.LASVM;
import smile.math.MathEx;
import smile.math.kernel.GaussianKernel;

/** The CTC model on overlapping Gaussian blobs (Bayes F1 about 0.9). */
class CtcClassifierTest {
    private static Blobs.Data train;
    private static Blobs.Data test;
    private static CtcClassifier model;

    @BeforeAll
    static void fit() {
        train = Blobs.twoClasses(600, 0.3, 3.5, 1);
        test = Blobs.twoClasses(1500, 0.3, 3.5, 2);
        model = CtcClassifier.fit(train.x(), train.ctc(), FitOptions.defaults());
    }

    @Test
    void overlappingBlobsGiveASensibleF1AndProbabilitiesInZeroOne() {
        ScoredCells s = model.score(test.x());
        Confusion c = Metrics.confusion(test.ctc(), s.candidate());
        assertTrue(c.f1().getAsDouble() > 0.8, "F1 " + c.f1() + " " + c);
        for (double p : s.probability()) {
            assertTrue(p >= 0 && p <= 1, "probability " + p);
        }
        assertEquals(0.5, s.threshold(), 0);
        assertEquals(0, s.artefacts());
        FitReport r = model.report();
        assertEquals(600, r.cells());
        assertEquals(r.positives() + r.negatives(), r.cells());
        assertEquals("scale", r.gammaRule());
        assertEquals("training decisions", r.calibration());
        assertEquals(1.0, r.c(), 0);
        assertEquals(32, r.components());
    }

    @Test
    void gammaIsScaleOfTheProjectedTrainingData() {
        double[][] projected = model.pca().project(train.x());
        assertEquals(RbfSvm.scaleGamma(projected), model.svm().gamma(), 0);
    }

    @Test
    void decisionsMatchSmilesKernelMachineWithBalancedPenalties() {
        double[][] x = model.pca().project(train.x());
        int pos = SvmFitting.count(train.ctc());
        double[] w = RbfSvm.balancedWeights(pos, x.length - pos);
        int[] y = new int[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = train.ctc()[i] ? 1 : -1;
        }
        double gamma = model.svm().gamma();
        MathEx.setSeed(FitOptions.defaults().seed());
        KernelMachine<double[]> km = new LASVM<>(new GaussianKernel(Math.sqrt(0.5 / gamma)), w[0], w[1],
                RbfSvm.TOLERANCE).fit(x, y, 1);
        double[][] t = model.pca().project(Blobs.rows(test.x(), 0, 200));
        double[] ours = model.svm().decisions(t, 1);
        for (int i = 0; i < t.length; i++) {
            assertEquals(km.score(t[i]), ours[i], 1e-8 * (1 + Math.abs(ours[i])), "row " + i);
        }
    }

    @Test
    void parallelScoringEqualsSingleThreadedExactly() {
        Blobs.Data many = Blobs.twoClasses(3000, 0.3, 3.5, 5);
        double[] one = model.probabilities(many.x(), 1);
        double[] two = model.probabilities(many.x(), 2);
        double[] four = model.probabilities(many.x(), 4);
        assertArrayEquals(one, two, 0);
        assertArrayEquals(one, four, 0);
        assertArrayEquals(model.decisions(many.x(), 1), model.decisions(many.x(), 3), 0);
        assertEquals(model.svm().decision(model.pca().project(many.x()[7])), model.decisions(many.x(), 2)[7], 0);
    }

    @Test
    void bytesRoundTripGivesEqualPredictions() {
        byte[] bytes = model.toBytes();
        CtcClassifier back = CtcClassifier.fromBytes(bytes);
        assertArrayEquals(model.probabilities(test.x(), 2), back.probabilities(test.x(), 2), 0);
        assertEquals(model.platt(), back.platt());
        assertEquals(model.threshold(), back.threshold(), 0);
        assertEquals(model.report(), back.report());
        assertEquals(model.svm().supportVectors(), back.svm().supportVectors());
        assertArrayEquals(bytes, back.toBytes());
    }

    @Test
    void thresholdIsConfigurable() {
        CtcClassifier strict = model.withThreshold(0.9);
        int loose = model.score(test.x()).candidates();
        int fewer = strict.score(test.x()).candidates();
        assertTrue(fewer < loose, fewer + " < " + loose);
        CtcClassifier viaOptions = CtcClassifier.fit(train.x(), train.ctc(), FitOptions.defaults().withThreshold(0.9));
        assertEquals(0.9, viaOptions.threshold(), 0);
        assertArrayEquals(strict.predict(test.x()), viaOptions.predict(test.x()));
    }

    @Test
    void sameSeedSameModel() {
        CtcClassifier again = CtcClassifier.fit(train.x(), train.ctc(), FitOptions.defaults());
        assertArrayEquals(model.probabilities(test.x()), again.probabilities(test.x()), 0);
        assertEquals(model.svm().supportVectors(), again.svm().supportVectors());
    }

    @Test
    void cellClassLabelsDropUnsureAndUnlabelledCells() {
        CellClass[] labels = train.labels().clone();
        labels[0] = CellClass.UNSURE;
        labels[1] = null;
        labels[2] = CellClass.NOT_CTC;
        CtcClassifier m = CtcClassifier.fit(train.x(), labels, FitOptions.defaults());
        assertEquals(598, m.report().cells());
    }

    @Test
    void gridSearchReportsEveryPointAndCrossValidatedPlattWorks() {
        Blobs.Data small = Blobs.twoClasses(240, 0.3, 3.5, 8);
        CtcClassifier g = CtcClassifier.fit(small.x(), small.ctc(),
                FitOptions.defaults().withGridSearch(true).withPlattFolds(5).withThreads(2));
        FitReport r = g.report();
        assertEquals(FitOptions.GRID_C.length * FitOptions.GRID_GAMMA_FACTORS.length, r.grid().size());
        double best = r.grid().stream().mapToDouble(FitReport.GridPoint::f1).max().orElseThrow();
        assertTrue(r.grid().stream().anyMatch(p -> p.f1() == best && p.c() == r.c() && p.gamma() == r.gamma()));
        assertTrue(r.gammaRule().startsWith("grid"), r.gammaRule());
        assertEquals("5-fold out-of-fold decisions", r.calibration());
        double f1 = Metrics.confusion(test.ctc(), g.predict(test.x())).f1().getAsDouble();
        assertTrue(f1 > 0.8, "F1 " + f1);
        // the grid does not depend on the thread count
        CtcClassifier g1 = CtcClassifier.fit(small.x(), small.ctc(),
                FitOptions.defaults().withGridSearch(true).withPlattFolds(5).withThreads(1));
        assertEquals(r.grid(), g1.report().grid());
        assertEquals(g.platt(), g1.platt());
    }

    @Test
    void gridSearchWithTooFewLabelsFallsBackAndSaysSo() {
        // 5 CTC and 30 non-CTC: enough to fit, too few for a 3-fold grid search (6 of each) or 5-fold Platt
        int[] pick = new int[35];
        int pos = 0;
        int neg = 0;
        for (int i = 0; i < train.ctc().length && pos + neg < 35; i++) {
            if (train.ctc()[i] ? pos < 5 : neg < 30) {
                pick[pos + neg] = i;
                if (train.ctc()[i]) {
                    pos++;
                } else {
                    neg++;
                }
            }
        }
        CtcClassifier m = CtcClassifier.fit(TrainingRows.rows(train.x(), pick),
                TrainingRows.is(train.labels(), pick, CellClass.CTC),
                FitOptions.defaults().withGridSearch(true).withPlattFolds(6));
        assertEquals(5, m.report().positives());
        assertEquals(2, m.report().notes().size(), m.report().notes().toString());
        assertTrue(m.report().notes().get(0).startsWith("grid search skipped: 3-fold search needs at least 6"),
                m.report().notes().get(0));
        assertTrue(m.report().notes().get(1).startsWith("Platt scaling on training decisions"));
        assertEquals("scale", m.report().gammaRule());
        assertEquals("training decisions", m.report().calibration());
        assertTrue(m.report().grid().isEmpty());
    }
}
