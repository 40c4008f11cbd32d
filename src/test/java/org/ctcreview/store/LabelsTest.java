package org.ctcreview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsTest {
    @TempDir
    Path dir;
    private List<Long> cells;

    @BeforeEach
    void importCells() {
        try (Project p = Project.open(dir)) {
            cells = Fixtures.importCartridge(p, "P1", 0, 3).cellIds();
        }
    }

    @Test
    void givenLabels_whenUpdatedOrDeletedWithSql_thenTheDatabaseRefuses() throws Exception {
        try (Project p = Project.open(dir)) {
            p.labels().add(cells.get(0), "CTC", "anna", null, "expert");
        }
        try (Connection c = DbContent.connect(dir); Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE labels SET label = 'WBC'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM labels"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        assertEquals(1, DbContent.count(dir, "SELECT count(*) FROM labels WHERE label = 'CTC'"));
    }

    @Test
    void givenSeveralLabels_thenHistoryIsInOrderAndCurrentIsTheLatest() {
        try (Project p = Project.open(dir)) {
            Labels labels = p.labels();
            long s = p.sessions().start("review", "anna", "{\"pool\":1000}");
            long a = labels.add(cells.get(0), "UNSURE", "anna", s, "expert");
            long b = labels.add(cells.get(1), "WBC", "ben", null, "operator");
            long c = labels.add(cells.get(0), "CTC", "anna", s, "expert");
            long d = labels.add(cells.get(0), "NOT_CTC", "carl", null, "oracle");
            assertTrue(a < b && b < c && c < d);

            List<LabelRow> history = labels.history(cells.get(0));
            assertEquals(List.of("UNSURE", "CTC", "NOT_CTC"), history.stream().map(LabelRow::label).toList());
            assertEquals(List.of(a, c, d), history.stream().map(LabelRow::id).toList());
            assertEquals(Long.valueOf(s), history.get(0).sessionId());
            assertNull(history.get(2).sessionId());
            assertEquals("oracle", history.get(2).source());
            assertTrue(history.get(0).createdAt().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));

            assertEquals(Map.of(cells.get(0), "NOT_CTC", cells.get(1), "WBC"), labels.current());
            ProjectSummary summary = p.summary();
            assertEquals(4, summary.labels());
            assertEquals(Map.of("NOT_CTC", 1L, "WBC", 1L), summary.currentLabels());
            p.sessions().end(s);
            assertThrows(IllegalArgumentException.class, () -> p.sessions().end(s));
            assertEquals(1, summary.sessions());
        }
    }

    @Test
    void givenBadArguments_thenClearErrorsAndNothingIsAdded() {
        try (Project p = Project.open(dir)) {
            Labels labels = p.labels();
            IllegalArgumentException cell = assertThrows(IllegalArgumentException.class,
                    () -> labels.add(9999, "CTC", "anna", null, "expert"));
            assertTrue(cell.getMessage().contains("no such cell"), cell.getMessage());
            IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                    () -> labels.add(cells.get(0), "ctc-ish", "anna", null, "expert"));
            assertTrue(text.getMessage().contains("unknown label 'ctc-ish'"), text.getMessage());
            IllegalArgumentException session = assertThrows(IllegalArgumentException.class,
                    () -> labels.add(cells.get(0), "CTC", "anna", 77L, "expert"));
            assertTrue(session.getMessage().contains("no session 77"), session.getMessage());
            assertThrows(IllegalArgumentException.class, () -> labels.add(cells.get(0), "CTC", " ", null, "expert"));
            assertEquals(0, p.summary().labels());
        }
    }

    @Test
    void everyAllowedLabelIsAcceptedByTheDatabase() {
        try (Project p = Project.open(dir)) {
            for (String label : Labels.ALLOWED) {
                assertNotNull(p.labels().add(cells.get(2), label, "anna", null, "import"));
            }
            assertEquals(Labels.ALLOWED.size(), p.labels().history(cells.get(2)).size());
        }
    }

    @Test
    void givenReadOnlyProject_whenLabelAdded_thenRefused() {
        try (Project p = Project.openReadOnly(dir)) {
            assertTrue(p.isReadOnly());
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> p.labels().add(cells.get(0), "CTC", "anna", null, "expert"));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertThrows(IllegalStateException.class, p::beginImport);
            assertEquals(Map.of(), p.labels().current());
        }
    }
}
