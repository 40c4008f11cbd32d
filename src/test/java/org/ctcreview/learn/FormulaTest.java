package org.ctcreview.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import smile.classification.PlattScaling;

/** Pins the formulas: balanced weights, gamma 'scale', the kernel's exp, Platt scaling, mean and sd. */
class FormulaTest {

    @Test
    void balancedWeightsAreNOverTwiceTheClassCount() {
        // 30 CTC, 90 non-CTC: n = 120; w+ = 120 / 60 = 2, w- = 120 / 180 = 2/3 (sklearn class_weight='balanced')
        double[] w = RbfSvm.balancedWeights(30, 90);
        assertEquals(2.0, w[0], 1e-15);
        assertEquals(2.0 / 3.0, w[1], 1e-15);
        // equal classes: weights 1
        double[] eq = RbfSvm.balancedWeights(50, 50);
        assertEquals(1.0, eq[0], 0);
        assertEquals(1.0, eq[1], 0);
        // the weighted class totals are equal: n+ w+ = n- w- = n / 2
        assertEquals(30 * w[0], 90 * w[1], 1e-12);
    }

    @Test
    void gammaScaleIsOneOverFeaturesTimesVarianceOfAllEntries() {
        // entries 1, 2, 3, 4, 5, 6: mean 3.5, variance (ddof 0) = 17.5 / 6; 3 features -> gamma = 1 / (3 * 17.5/6)
        double[][] x = {{1, 2, 3}, {4, 5, 6}};
        assertEquals(1.0 / (3 * 17.5 / 6), RbfSvm.scaleGamma(x), 1e-15);
        // constant data: variance 0 -> gamma 1 as in scikit-learn
        assertEquals(1.0, RbfSvm.scaleGamma(new double[][] {{2, 2}, {2, 2}}), 0);
    }

    @Test
    void kernelExponentialMatchesMathExpToOnePartInABillion() {
        for (double t = 0; t >= -50; t -= 0.0137) {
            double approx = RbfSvm.expOfScaled(t / 1024);
            double exact = Math.exp(t);
            assertEquals(exact, approx, exact * 1e-9, "exp(" + t + ")");
        }
        assertEquals(1.0, RbfSvm.expOfScaled(0), 0);
        // below -50 the kernel is floored at exp(-50) (2e-22): never negative, never larger
        assertEquals(Math.exp(-50), RbfSvm.expOfScaled(-1000.0 / 1024), Math.exp(-50) * 1e-9);
        assertTrue(RbfSvm.expOfScaled(-1e9) > 0);
    }

    @Test
    void plattIsMonotoneInZeroOneAndMatchesSmile() {
        Random r = new Random(3);
        int n = 400;
        double[] f = new double[n];
        boolean[] y = new boolean[n];
        int[] ySmile = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextDouble() < 0.3;
            ySmile[i] = y[i] ? 1 : -1;
            f[i] = (y[i] ? 1.0 : -1.0) + r.nextGaussian();
        }
        Platt p = Platt.fit(f, y);
        assertTrue(p.a() < 0, "a < 0 so that the probability rises with the decision value: " + p);
        PlattScaling smile = PlattScaling.fit(f, ySmile);
        double previous = -1;
        for (double v = -30; v <= 30; v += 0.25) {
            double prob = p.probability(v);
            assertTrue(prob >= 0 && prob <= 1, "probability in [0, 1]: " + prob);
            assertTrue(prob >= previous, "monotone at " + v);
            assertEquals(smile.scale(v), prob, 1e-9, "same as Smile's PlattScaling at " + v);
            previous = prob;
        }
        assertEquals(1.0 / (1 + Math.exp(p.b())), p.probability(0), 1e-15, "P(f = 0) = 1 / (1 + e^b)");
    }

    @Test
    void plattStaysFiniteOnPerfectlySeparatedDecisions() {
        double[] f = {-3, -2, -1.5, -1, 1, 1.2, 2, 4};
        boolean[] y = {false, false, false, false, true, true, true, true};
        Platt p = Platt.fit(f, y);
        assertTrue(Double.isFinite(p.a()) && p.a() < 0);
        // targets are (N+ + 1)/(N+ + 2) = 5/6 and 1/(N- + 2) = 1/6, so probabilities stay away from 0 and 1
        assertTrue(p.probability(4) < 0.999 && p.probability(-3) > 0.001, p.toString());
        assertFalse(Double.isNaN(p.probability(1e300)));
        assertEquals(0.0, new Platt(-1, 0).probability(-1e300), 0);
        assertEquals(1.0, new Platt(-1, 0).probability(1e300), 0);
    }

    @Test
    void statsUseTheSampleStandardDeviation() {
        Stats s = Stats.of(new double[] {1, 2, 3, 4});
        assertEquals(2.5, s.mean(), 0);
        assertEquals(Math.sqrt(5.0 / 3.0), s.sd(), 1e-15);
        assertEquals(4, s.count());
        assertTrue(Double.isNaN(Stats.of(new double[] {0.7}).sd()));
        assertEquals(0.7, Stats.of(new double[] {0.7}).mean(), 0);
        assertTrue(Double.isNaN(Stats.of(new double[0]).mean()));
    }
}
