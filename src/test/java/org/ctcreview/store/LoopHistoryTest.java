package org.ctcreview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopHistoryTest {
    @TempDir
    Path dir;

    @Test
    void loopsRoundTripPerSessionInRunAndLoopOrder() {
        try (Project p = Project.open(dir)) {
            long s = p.sessions().start("experiment-sim1", "tester", "{\"strategy\":\"cluster\"}");
            p.loopHistory().add(new LoopHistory.LoopRow(s, 1, 0, "cluster", "svm@enc", 100, 40, 900, 0.8,
                    Map.of(-1, 0.5, 3, 1.0), 100, 0));
            p.loopHistory().add(new LoopHistory.LoopRow(s, 0, 1, "cluster", "svm@enc", 200, 40, 800, Double.NaN,
                    Map.of(), 0, 12.5));
            p.loopHistory().add(new LoopHistory.LoopRow(s, 0, 0, "cluster", null, 100, 40, 900, 0.7, Map.of(2, 0.25),
                    100, 60));
        }
        try (Project p = Project.openReadOnly(dir)) {
            List<LoopHistory.LoopRow> rows = p.loopHistory().of(1);
            assertEquals(3, rows.size());
            assertEquals(List.of(0, 1, 0), rows.stream().map(LoopHistory.LoopRow::loop).toList());
            assertEquals(Map.of(2, 0.25), rows.get(0).clusterF1());
            assertNull(rows.get(1).totalF1(), "NaN F1 is stored as no number");
            assertEquals(Map.of(-1, 0.5, 3, 1.0), rows.get(2).clusterF1());
            assertEquals(12.5, rows.get(1).labellingSeconds());
        }
    }

    @Test
    void aLoopOfAnUnknownSessionOrTwiceTheSameLoopIsRefused() {
        try (Project p = Project.open(dir)) {
            assertThrows(RuntimeException.class, () -> p.loopHistory().add(new LoopHistory.LoopRow(42, 0, 0, "random",
                    null, 1, 1, 1, 0.5, Map.of(), 0, 0)));
            long s = p.sessions().start("hil", "tester", null);
            LoopHistory.LoopRow r = new LoopHistory.LoopRow(s, 0, 0, "random", null, 1, 1, 1, 0.5, Map.of(), 0, 0);
            p.loopHistory().add(r);
            assertThrows(RuntimeException.class, () -> p.loopHistory().add(r));
        }
    }
}
