package org.ctcreview.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.ctcreview.cluster.ClusterMap;
import org.ctcreview.cluster.LatentMap;
import org.ctcreview.cluster.MapOptions;
import org.ctcreview.learn.CtcClassifier;
import org.ctcreview.learn.Evaluation;
import org.ctcreview.learn.FitOptions;
import org.ctcreview.learn.Metrics;
import org.ctcreview.pipeline.TruthLabels;
import org.ctcreview.store.Embeddings;
import org.ctcreview.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "learn", mixinStandardHelpOptions = true,
        description = "Measure the learning loop: relabel -> refit SVM -> rescore all cells -> per-cluster F1 "
                + "(target < 1 s for 50k cells on 2 cores), the map of all cells (UMAP + HDBSCAN, target < 30 s for "
                + "50k) and memory (one run at --big cells, extrapolated to 1.3 M). Uses the embeddings and truth of "
                + "--project/--truth, else synthetic 128-d embeddings.")
final class BenchLearnCommand extends BaseCommand {
    @Option(names = "--project", description = "project with embeddings (default: synthetic embeddings)")
    Path project;

    @Option(names = "--truth", description = "cohort folder with truth/<patient>/ (needed with --project)")
    Path truth;

    @Option(names = "--cells", defaultValue = "50000", description = "cells scored and mapped (default 50000)")
    int cells;

    @Option(names = "--labelled", defaultValue = "3000", description = "training pool before the relabel step")
    int labelled;

    @Option(names = "--relabel", defaultValue = "100", description = "labels added in the measured step")
    int relabel;

    @Option(names = "--big", defaultValue = "0", description = "also map and score this many cells for memory")
    int big;

    @Option(names = "--repeat", defaultValue = "3", description = "repetitions of the loop step (best and median)")
    int repeat;

    @Option(names = "--skip-map", description = "do not build the map (loop step only)")
    boolean skipMap;

    @Option(names = "--peer-csv", description = "write the training and test rows (features, label, split, cluster) "
            + "for training/peer/sklearn_peer.py")
    Path peerCsv;

    @Override
    int run(ConsoleProgress progress) {
        SyntheticEmbeddings data = load(cells);
        int n = data.ids().length;
        Map<String, Object> m = new LinkedHashMap<>(Hardware.describe());
        m.put("data", project == null ? "synthetic 128-d mixture (seed 7)" : project.toString());
        m.put("cells", n);
        int[] cluster;
        PeakHeap.reset();
        if (skipMap) {
            cluster = new int[n];
        } else {
            long t0 = System.nanoTime();
            ClusterMap map = LatentMap.build(data.ids(), data.vectors(), MapOptions.defaults(), progress).map();
            m.put("map_s", BenchReadCommand.round(BenchReadCommand.seconds(t0)));
            m.put("map_clusters", map.clusterCount());
            m.put("map_peak_heap_mb", PeakHeap.peakMiB());
            cluster = map.clusters();
        }
        Random rng = new Random(11);
        int[] order = shuffled(n, rng);
        int nTest = Math.min(n / 10, 2000);
        int[] test = Arrays.copyOfRange(order, 0, nTest);
        int[] train = Arrays.copyOfRange(order, nTest, nTest + Math.min(labelled + relabel, n - nTest));
        FitOptions fit = FitOptions.defaults();
        List<Double> times = new ArrayList<>();
        double fitS = 0;
        double scoreS = 0;
        for (int k = 0; k < repeat; k++) {
            progress.update(k, repeat, "relabel -> refit -> rescore " + n + " -> per-cluster F1");
            long t0 = System.nanoTime();
            CtcClassifier clf = CtcClassifier.fit(rows(data.vectors(), train), pick(data.ctc(), train), fit);
            long t1 = System.nanoTime();
            double[] p = clf.probabilities(data.vectors(), fit.threads());
            long t2 = System.nanoTime();
            boolean[] pred = new boolean[test.length];
            int[] cl = new int[test.length];
            for (int i = 0; i < test.length; i++) {
                pred[i] = p[test[i]] >= clf.threshold();
                cl[i] = cluster[test[i]];
            }
            Evaluation ev = Metrics.evaluate(pick(data.ctc(), test), pred, cl);
            times.add(BenchReadCommand.seconds(t0));
            fitS = (t1 - t0) / 1e9;
            scoreS = (t2 - t1) / 1e9;
            m.put("total_f1", BenchReadCommand.round(ev.total().value()));
        }
        List<Double> sorted = new ArrayList<>(times);
        sorted.sort(null);
        m.put("loop_step_best_s", BenchReadCommand.round(sorted.get(0)));
        m.put("loop_step_median_s", BenchReadCommand.round(sorted.get(sorted.size() / 2)));
        m.put("last_fit_s", BenchReadCommand.round(fitS));
        m.put("last_rescore_s", BenchReadCommand.round(scoreS));
        m.put("training_pool", train.length);
        m.put("threads", fit.threads());
        if (peerCsv != null) {
            writePeer(data, train, test, cluster);
            m.put("peer_csv", peerCsv.toString());
        }
        if (big > 0) {
            bigRun(m, progress);
        }
        progress.finish();
        m.forEach((k, v) -> ctx.out.println(k + ": " + v));
        if (json) {
            ctx.printJson(m);
        }
        return ExitCodes.OK;
    }

    private void bigRun(Map<String, Object> m, ConsoleProgress progress) {
        SyntheticEmbeddings d = load(big);
        System.gc();
        long base = usedMiB();
        PeakHeap.reset();
        long t0 = System.nanoTime();
        ClusterMap map = LatentMap.build(d.ids(), d.vectors(), MapOptions.defaults(), progress).map();
        int[] train = Arrays.copyOf(shuffled(d.ids().length, new Random(3)), labelled);
        CtcClassifier clf = CtcClassifier.fit(rows(d.vectors(), train), pick(d.ctc(), train), FitOptions.defaults());
        double[] p = clf.probabilities(d.vectors(), FitOptions.defaults().threads());
        m.put("big_cells", d.ids().length);
        m.put("big_map_and_score_s", BenchReadCommand.round(BenchReadCommand.seconds(t0)));
        m.put("big_clusters", map.clusterCount());
        m.put("big_embeddings_heap_mb", base);
        long peak = PeakHeap.peakMiB();
        m.put("big_peak_heap_mb", peak);
        double perCell = peak * 1024.0 * 1024.0 / d.ids().length;
        m.put("peak_bytes_per_cell", Math.round(perCell));
        m.put("estimate_1_3M_cells_gb", BenchReadCommand.round(perCell * 1.3e6 / 1e9));
        m.put("big_scored", p.length);
    }

    private static long usedMiB() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    private SyntheticEmbeddings load(int count) {
        if (project == null) {
            return SyntheticEmbeddings.of(count, 7);
        }
        if (truth == null) {
            throw new IllegalArgumentException("--project needs --truth (the cohort folder) for the CTC labels");
        }
        try (Project p = Project.openReadOnly(project)) {
            long version = p.modelVersions().newestEncoderWithEmbeddings().orElseThrow(
                    () -> new IllegalArgumentException(project + " has no embeddings; run ctc embed"));
            Embeddings.Matrix mx = p.embeddings().matrix(version);
            Map<Long, String> t = TruthLabels.read(p, truth);
            int n = count;
            long[] ids = new long[n];
            float[][] v = new float[n][];
            boolean[] ctc = new boolean[n];
            Random r = new Random(5);
            for (int i = 0; i < n; i++) {
                int src = i % mx.size();
                ids[i] = i + 1L;
                v[i] = mx.vectors()[src].clone();
                if (i >= mx.size()) { // more cells than the project has: jittered copies
                    for (int d = 0; d < v[i].length; d++) {
                        v[i][d] += (float) (r.nextGaussian() * 0.01);
                    }
                }
                ctc[i] = "CTC".equals(t.get(mx.cellIds()[src]));
            }
            return new SyntheticEmbeddings(ids, v, ctc);
        }
    }

    private void writePeer(SyntheticEmbeddings d, int[] train, int[] test, int[] cluster) {
        try (Writer w = Files.newBufferedWriter(peerCsv)) {
            StringBuilder h = new StringBuilder();
            for (int k = 0; k < d.vectors()[0].length; k++) {
                h.append('f').append(k).append(',');
            }
            w.write(h + "label,split,cluster\n");
            for (int[] part : new int[][] {train, test}) {
                for (int i : part) {
                    StringBuilder b = new StringBuilder();
                    for (float x : d.vectors()[i]) {
                        b.append(String.format(Locale.ROOT, "%.7g,", x));
                    }
                    b.append(d.ctc()[i] ? "CTC" : "NOT_CTC").append(',').append(part == train ? "train" : "test")
                            .append(',').append(cluster[i]).append('\n');
                    w.write(b.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + peerCsv, e);
        }
    }

    private static int[] shuffled(int n, Random r) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private static float[][] rows(float[][] v, int[] idx) {
        float[][] out = new float[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            out[i] = v[idx[i]];
        }
        return out;
    }

    private static boolean[] pick(boolean[] v, int[] idx) {
        boolean[] out = new boolean[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = v[idx[i]];
        }
        return out;
    }
}
