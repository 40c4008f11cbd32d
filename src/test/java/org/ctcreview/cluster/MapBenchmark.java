package org.ctcreview.cluster;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speed and quality of the latent map on synthetic 32-d data (8 Gaussians with different spreads):
 * {@code mvn -Pbench test -Dtest=MapBenchmark [-Dmap.sizes=10000,20000,50000] [-Dmap.dump=DIR]}.
 * Prints wall and process CPU seconds, clusters found vs true, adjusted Rand index, kNN preservation.
 */
@Tag("bench")
class MapBenchmark {

    @Test
    void mapSpeedAndQuality() throws IOException {
        String sizes = System.getProperty("map.sizes", "10000,20000,50000");
        String dump = System.getProperty("map.dump");
        System.out.printf("cores %d, max heap %d MB, load %.2f%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String s : sizes.split(",")) {
            int n = Integer.parseInt(s.trim());
            Synthetic.Data d = Synthetic.mixture(n, 7);
            MapOptions o = MapOptions.defaults().withSeed(1);
            if (System.getProperty("map.maxFit") != null) {
                o = new MapOptions(o.umap().withMaxFitPoints(Integer.getInteger("map.maxFit")), o.hdbscan());
            }
            long w0 = System.nanoTime();
            long c0 = cpu();
            UmapFit fit = Umap.fit(d.vectors(), o.umap());
            long w1 = System.nanoTime();
            long c1 = cpu();
            HdbscanModel h = Hdbscan.fit(fit.positions(), o.hdbscan());
            long w2 = System.nanoTime();
            long c2 = cpu();
            HdbscanModel eom = Hdbscan.fit(fit.positions(), o.hdbscan().withSelection(HdbscanOptions.Selection.EOM, 0));
            HdbscanModel leaf0 = Hdbscan.fit(fit.positions(), o.hdbscan().withSelection(HdbscanOptions.Selection.LEAF, 0));
            double kept = KnnPreservation.of(d.vectors(), fit.positions(), 15, 1000, 3, 2);
            if (n <= 20_000) {
                long t0 = System.nanoTime();
                int[] tribuo = tribuo(fit.positions(), 15, 90);
                System.out.printf("n %d: Tribuo HDBSCAN (EOM, k 90) %.1f s: %d clusters, %d noise, ARI vs truth %.3f,"
                        + " vs our EOM %.3f%n", n, (System.nanoTime() - t0) / 1e9,
                        Arrays.stream(tribuo).filter(l -> l >= 0).distinct().count(), Arrays.stream(tribuo).filter(l -> l < 0).count(),
                        ari(d.truth(), tribuo), ari(eom.labels(), tribuo));
            }
            System.out.printf("n %d: UMAP %.1f s wall / %.1f s CPU (fit on %d, k %d, %d epochs), HDBSCAN %.1f s wall / %.1f s"
                    + " CPU; total %.1f s; clusters %d (true 8), background %d, sizes %s, ARI %.3f;"
                    + " EOM %d clusters (ARI %.3f), leaf without epsilon %d; 15-NN preservation %.3f%n",
                    n, (w1 - w0) / 1e9, (c1 - c0) / 1e9, fit.fitIndices().length, fit.neighbors(), fit.epochs(),
                    (w2 - w1) / 1e9, (c2 - c1) / 1e9, (w2 - w0) / 1e9, h.clusterCount(), h.backgroundCount(),
                    Arrays.toString(h.clusterSizes()), ari(d.truth(), h.labels()), eom.clusterCount(),
                    ari(d.truth(), eom.labels()), leaf0.clusterCount(), kept);
            long peak = 0;
            for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                    pool.resetPeakUsage();
                }
            }
            System.out.printf("n %d: peak heap %d MB (sum of pool peaks)%n", n, peak >> 20);
            if (dump != null) {
                write(Path.of(dump, "map-" + n + ".csv"), fit.positions(), d.truth(), h.labels(), eom.labels(),
                        leaf0.labels());
            }
        }
    }

    /** Tribuo 4.3.2's HDBSCAN on the map; its noise label 0 becomes -1, clusters 1.. become 0.. */
    static int[] tribuo(Points2d p, int minClusterSize, int k) {
        org.tribuo.clustering.ClusteringFactory f = new org.tribuo.clustering.ClusteringFactory();
        org.tribuo.MutableDataset<org.tribuo.clustering.ClusterID> ds = new org.tribuo.MutableDataset<>(
                new org.tribuo.provenance.SimpleDataSourceProvenance("map", f), f);
        String[] names = {"x", "y"};
        for (int i = 0; i < p.size(); i++) {
            ds.add(new org.tribuo.impl.ArrayExample<>(org.tribuo.clustering.ClusteringFactory.UNASSIGNED_CLUSTER_ID,
                    names, new double[] {p.x()[i], p.y()[i]}));
        }
        org.tribuo.clustering.hdbscan.HdbscanModel m = new org.tribuo.clustering.hdbscan.HdbscanTrainer(
                minClusterSize, org.tribuo.clustering.hdbscan.HdbscanTrainer.Distance.EUCLIDEAN, k, 2).train(ds);
        return m.getClusterLabels().stream().mapToInt(l -> l - 1).toArray();
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void write(Path file, Points2d p, int[] truth, int[] leaf, int[] eom, int[] leaf0)
            throws IOException {
        Files.createDirectories(file.getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            w.println("x,y,truth,leaf_eps025,eom,leaf");
            for (int i = 0; i < p.size(); i++) {
                w.println(p.x()[i] + "," + p.y()[i] + "," + truth[i] + "," + leaf[i] + "," + eom[i] + "," + leaf0[i]);
            }
        }
    }

    /** Adjusted Rand index of two labelings (background -1 counted as one more label). */
    static double ari(int[] a, int[] b) {
        Map<Long, Long> pairs = new HashMap<>();
        Map<Integer, Long> ra = new HashMap<>();
        Map<Integer, Long> rb = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            pairs.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1L, Long::sum);
            ra.merge(a[i], 1L, Long::sum);
            rb.merge(b[i], 1L, Long::sum);
        }
        double index = pairs.values().stream().mapToDouble(MapBenchmark::choose2).sum();
        double sa = ra.values().stream().mapToDouble(MapBenchmark::choose2).sum();
        double sb = rb.values().stream().mapToDouble(MapBenchmark::choose2).sum();
        double expected = sa * sb / choose2(a.length);
        double max = (sa + sb) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double choose2(long n) {
        return n * (n - 1) / 2.0;
    }
}
