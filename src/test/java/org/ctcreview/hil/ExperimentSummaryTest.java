package org.ctcreview.hil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentSummaryTest {
    @TempDir
    Path dir;

    private static LoopRecord rec(int loop, double total, Map<Integer, Double> clusters) {
        Map<Integer, Integer> cells = new java.util.TreeMap<>();
        clusters.keySet().forEach(k -> cells.put(k, 20));
        return new LoopRecord(loop, 100, 50, 1000, clusters, cells, total, "svm", 10, 0);
    }

    @Test
    void meansAndSampleSdOverRunsAndTheWeakestClusterAtInit() {
        List<List<LoopRecord>> runs = List.of(
                List.of(rec(0, 0.8, Map.of(0, 0.9, 1, 0.2)), rec(1, 0.9, Map.of(0, 0.9, 1, 0.6))),
                List.of(rec(0, 0.6, Map.of(0, 0.7)), rec(1, 0.7, Map.of(0, 0.9, 1, 0.4))));
        ExperimentSummary s = ExperimentSummary.of("cluster", runs);
        assertEquals(0.7, s.totalMean()[0], 1e-12);
        assertEquals(Math.sqrt(0.02), s.totalSd()[0], 1e-12);
        assertEquals(0.2, s.clusterMean().get(1)[0], 1e-12, "cluster 1 had test cells in one run only");
        assertEquals(1, s.clusterRuns().get(1)[0]);
        assertEquals(0.0, s.clusterSd().get(1)[0], 0.0, "one value: sd 0");
        assertEquals(0.5, s.clusterMean().get(1)[1], 1e-12);
        assertEquals(1, s.weakestCluster());
    }

    @Test
    void theWeakestClusterNeedsTenTestCellsUnlessNoneHasThem() {
        LoopRecord tiny = new LoopRecord(0, 1, 1, 1, Map.of(0, 0.9, 1, 0.1), Map.of(0, 40, 1, 3), 0.8, "v", 0, 0);
        assertEquals(0, ExperimentSummary.of("s", List.of(List.of(tiny))).weakestCluster());
        LoopRecord allTiny = new LoopRecord(0, 1, 1, 1, Map.of(0, 0.9, 1, 0.1), Map.of(0, 4, 1, 3), 0.8, "v", 0, 0);
        assertEquals(1, ExperimentSummary.of("s", List.of(List.of(allTiny))).weakestCluster());
    }

    @Test
    void tableCsvAndPlotAreWritten() throws Exception {
        List<List<LoopRecord>> runs = List.of(List.of(rec(0, 0.8, Map.of(-1, 0.5, 2, 0.3)), rec(1, 0.85, Map.of(-1, 0.6, 2, 0.5))));
        ExperimentSummary a = ExperimentSummary.of("cluster", runs);
        ExperimentSummary b = ExperimentSummary.of("random", runs);
        String table = ExperimentOutputs.table(a);
        assertTrue(table.contains("| total | 0.800 ± 0.000 | 0.850 ± 0.000 |"), table);
        assertTrue(table.contains("cluster 2 (weakest)"), table);
        assertTrue(table.contains("background"), table);
        Path csv = dir.resolve("out/f1.csv");
        ExperimentOutputs.writeCsv(List.of(a, b), csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("strategy,series,loop,mean_f1,sd_f1,runs", lines.get(0));
        assertEquals(1 + 2 * (2 + 2 * 2), lines.size());
        Path png = dir.resolve("out/f1.png");
        ExperimentOutputs.writePlot(List.of(a, b), png);
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 100);
    }
}
