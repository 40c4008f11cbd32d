package org.ctcreview.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.ctcreview.task.ProgressListener;

/**
 * Monte-Carlo cross-validation of the CTC model as in the published method: N random splits (stratified: the
 * same share of CTC and of non-CTC cells goes to the test set each time), refit PCA + SVM on the training part,
 * score the test part in total and per cluster ({@link ClusterScore}), then mean and sd over splits.
 */
public final class MonteCarloCv {
    private MonteCarloCv() {
    }

    /**
     * The splits {@link #run} uses: per class, round(testFraction n_class) cells (at least 1) drawn at random into
     * the test set; every split has the same sizes.
     */
    public static List<Split> splits(boolean[] ctc, int splits, double testFraction, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] pos = SvmFitting.indicesOf(ctc, true);
        int[] neg = SvmFitting.indicesOf(ctc, false);
        int testPos = testCount(pos.length, testFraction);
        int testNeg = testCount(neg.length, testFraction);
        List<Split> out = new ArrayList<>();
        for (int s = 0; s < splits; s++) {
            boolean[] test = new boolean[ctc.length];
            draw(pos, testPos, random, test);
            draw(neg, testNeg, random, test);
            int[] te = new int[testPos + testNeg];
            int[] tr = new int[ctc.length - te.length];
            int a = 0;
            int b = 0;
            for (int i = 0; i < ctc.length; i++) {
                if (test[i]) {
                    te[a++] = i;
                } else {
                    tr[b++] = i;
                }
            }
            out.add(new Split(tr, te));
        }
        return out;
    }

    /** Runs on labelled cells: CTC positive, other labels negative, UNSURE and unlabelled cells left out. */
    public static CvResult run(float[][] embeddings, CellClass[] labels, int[] cluster, CvOptions options,
                               ProgressListener progress) {
        int[] idx = TrainingRows.trainable(embeddings, labels);
        Features.sameLength(embeddings.length, cluster.length, "cluster ids");
        int[] c = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            c[i] = cluster[idx[i]];
        }
        return run(TrainingRows.rows(embeddings, idx), TrainingRows.is(labels, idx, CellClass.CTC), c, options,
                progress);
    }

    /**
     * Runs on labelled cells ({@code ctc[i]}: cell i is CTC; {@code cluster[i]}: its cluster id).
     *
     * @throws NotEnoughLabelsException when the training part of a split would be too small to fit
     */
    public static CvResult run(float[][] embeddings, boolean[] ctc, int[] cluster, CvOptions options,
                               ProgressListener progress) {
        Features.check(embeddings, 0);
        Features.sameLength(embeddings.length, ctc.length, "labels");
        Features.sameLength(embeddings.length, cluster.length, "cluster ids");
        List<Split> splits = splits(ctc, options.splits(), options.testFraction(), options.seed());
        int pos = SvmFitting.count(ctc);
        int testPos = testCount(pos, options.testFraction());
        int testNeg = testCount(ctc.length - pos, options.testFraction());
        NotEnoughLabelsException.require("CTC", pos - testPos, "non-CTC", ctc.length - pos - testNeg);
        List<Integer> allClusters = new ArrayList<>(new TreeSet<>(Arrays.stream(cluster).boxed().toList()));
        int[] done = {0};
        List<Callable<Evaluation>> tasks = new ArrayList<>();
        for (int s = 0; s < splits.size(); s++) {
            Split split = splits.get(s);
            FitOptions fit = options.fit().withSeed(options.fit().seed() + s).withThreads(1);
            tasks.add(() -> {
                progress.checkCancelled();
                Evaluation e = evaluateSplit(embeddings, ctc, cluster, split, fit, allClusters);
                synchronized (done) {
                    progress.update(++done[0], splits.size(), "Monte-Carlo cross-validation");
                }
                return e;
            });
        }
        return summarise(Parallel.tasks(tasks, options.threads()), allClusters);
    }

    private static Evaluation evaluateSplit(float[][] x, boolean[] ctc, int[] cluster, Split split, FitOptions fit,
                                            List<Integer> allClusters) {
        boolean[] trainY = new boolean[split.train().length];
        for (int i = 0; i < trainY.length; i++) {
            trainY[i] = ctc[split.train()[i]];
        }
        CtcClassifier model = CtcClassifier.fit(TrainingRows.rows(x, split.train()), trainY, fit);
        int[] te = split.test();
        boolean[] predicted = model.score(TrainingRows.rows(x, te), ArtefactFilter.off(), 1).candidate();
        boolean[] truth = new boolean[te.length];
        int[] testCluster = new int[te.length];
        for (int i = 0; i < te.length; i++) {
            truth[i] = ctc[te[i]];
            testCluster[i] = cluster[te[i]];
        }
        return Metrics.evaluate(truth, predicted, testCluster, allClusters);
    }

    private static CvResult summarise(List<Evaluation> evaluations, List<Integer> allClusters) {
        double[] totals = evaluations.stream().filter(e -> e.total().hasScore())
                .mapToDouble(e -> e.total().value()).toArray();
        Map<Integer, CvResult.ClusterCv> clusters = new TreeMap<>();
        for (int id : allClusters) {
            List<Double> values = new ArrayList<>();
            int bySpecificity = 0;
            for (Evaluation e : evaluations) {
                ClusterScore s = e.clusters().get(id);
                if (s != null && s.hasScore()) {
                    values.add(s.value());
                    bySpecificity += s.kind() == ClusterScore.Kind.SPECIFICITY ? 1 : 0;
                }
            }
            Stats stats = Stats.of(values.stream().mapToDouble(Double::doubleValue).toArray());
            clusters.put(id, new CvResult.ClusterCv(id, stats, values.size(), bySpecificity));
        }
        return new CvResult(evaluations.size(), Stats.of(totals), new TreeMap<>(clusters), evaluations);
    }

    private static int testCount(int n, double fraction) {
        return n == 0 ? 0 : (int) Math.max(1, Math.round(fraction * n));
    }

    /** Marks {@code k} of {@code from} as test cells (partial Fisher-Yates on a copy). */
    private static void draw(int[] from, int k, SplittableRandom random, boolean[] test) {
        int[] a = from.clone();
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(a.length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
            test[a[i]] = true;
        }
    }
}
