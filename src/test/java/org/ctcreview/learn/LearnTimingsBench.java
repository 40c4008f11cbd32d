package org.ctcreview.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import smile.base.svm.KernelMachine;
import smile.base.svm.LASVM;
import smile.math.MathEx;
import smile.math.kernel.GaussianKernel;

/**
 * Timings of the HiL inner loop (refit on ~3k labelled cells, rescore 50k cells, per-cluster F1) with 1 and 2
 * threads. Prints numbers; asserts only correctness. Run: {@code mvn -Pbench test -Dtest=LearnTimingsBench}.
 */
@Tag("bench")
class LearnTimingsBench {
    private static final int REPEATS = 5;

    @Test
    void fitThreeThousandScoreFiftyThousand() {
        Blobs.Data train = Blobs.twoClasses(3000, 0.5, 3, 1);
        Blobs.Data pool = Blobs.twoClasses(50_000, 0.1, 3, 2);
        System.out.printf(Locale.ROOT, "hardware: %d processors, %s, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"));
        for (int threads : new int[] {1, 2}) {
            FitOptions o = FitOptions.defaults().withThreads(threads);
            time("PCA fit 3000 x 128 -> 32", () -> Pca.fit(train.x(), 32));
            Pca pca = Pca.fit(train.x(), 32);
            double[][] x = pca.project(train.x());
            time("SVM fit + Platt 3000 x 32 (threads " + threads + ")", () -> SvmFitting.fit(x, train.ctc(), o));
            CtcClassifier model = time("CtcClassifier.fit 3000 (PCA + SVM + Platt, threads " + threads + ")",
                    () -> CtcClassifier.fit(train.x(), train.ctc(), o));
            double[][] p = time("PCA project 50000 (threads " + threads + ")", () -> model.pca().project(
                    pool.x(), threads));
            time("SVM decisions 50000 x 32, " + model.svm().supportVectors() + " SV (threads " + threads + ")",
                    () -> model.svm().decisions(p, threads));
            time("probabilities 50000 from 128-d (threads " + threads + ")",
                    () -> model.probabilities(pool.x(), threads));
            time("whole loop: fit 3000 + score 50000 + per-cluster F1 (threads " + threads + ")", () -> {
                CtcClassifier m = CtcClassifier.fit(train.x(), train.ctc(), o);
                ScoredCells s = m.score(pool.x(), ArtefactFilter.off(), threads);
                return Metrics.evaluate(pool.ctc(), s.candidate(), pool.cluster());
            });
        }
        CtcClassifier model = CtcClassifier.fit(train.x(), train.ctc(), FitOptions.defaults());
        double[][] p = model.pca().project(pool.x(), 2);
        assertArrayEquals(model.svm().decisions(p, 1), model.svm().decisions(p, 2), 0);
        double[][] x = model.pca().project(train.x());
        int pos = SvmFitting.count(train.ctc());
        double[] w = RbfSvm.balancedWeights(pos, x.length - pos);
        int[] y = new int[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = train.ctc()[i] ? 1 : -1;
        }
        MathEx.setSeed(FitOptions.defaults().seed());
        KernelMachine<double[]> km = new LASVM<>(new GaussianKernel(Math.sqrt(0.5 / model.svm().gamma())), w[0],
                w[1], RbfSvm.TOLERANCE).fit(x, y, 1);
        double[] smile = time("Smile KernelMachine.score 50000, one thread (reference)", () -> {
            double[] out = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                out[i] = km.score(p[i]);
            }
            return out;
        });
        double[] ours = model.svm().decisions(p, 2);
        for (int i = 0; i < ours.length; i += 97) {
            assertEquals(smile[i], ours[i], 1e-8 * (1 + Math.abs(smile[i])));
        }
        double f1 = Metrics.confusion(pool.ctc(), model.predict(pool.x())).f1().getAsDouble();
        System.out.printf(Locale.ROOT, "F1 on the 50000 (10%% CTC, Bayes error 6.7%%): %.3f%n", f1);
        assertTrue(f1 > 0.6);
    }

    private static <T> T time(String what, Supplier<T> work) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] seconds = new double[REPEATS];
        double[] cpu = new double[REPEATS];
        T result = null;
        work.get();
        for (int r = 0; r < REPEATS; r++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            result = work.get();
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-78s wall min %.3f median %.3f s | process CPU min %.3f s%n", what,
                seconds[0], seconds[REPEATS / 2], cpu[0]);
        return result;
    }
}
