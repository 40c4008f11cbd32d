package org.ctcreview.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ctcreview.model.CellSearchEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTransactionTest {
    @TempDir
    Path dir;

    @Test
    void givenCommittedImport_whenReadBack_thenEverythingIsThere() {
        try (Project p = Project.open(dir)) {
            Fixtures.Imported imp = Fixtures.importCartridge(p, "P001", 7, 4);
            Catalog catalog = p.catalog();
            List<CartridgeInfo> carts = catalog.cartridges();
            assertEquals(1, carts.size());
            CartridgeInfo c = carts.get(0);
            assertEquals("P001", c.patientCode());
            assertEquals(CartridgeKind.CELLSEARCH, c.row().kind());
            assertEquals(Fixtures.CHANNELS, c.row().channels());
            assertEquals(List.of("no numselected in record 2"), c.row().xmlWarnings());
            assertEquals(Integer.valueOf(2), c.row().gridRows());
            assertEquals(Integer.valueOf(64), c.row().frameWidth());

            List<Stored<FrameRow>> frames = catalog.frames(imp.cartridgeId());
            assertEquals(6, frames.size());
            FrameRow f4 = frames.get(3).row();
            assertEquals(4, f4.frameNumber());
            assertEquals(Fixtures.GRID.col(4), f4.gridCol());
            assertEquals(Long.valueOf(1004), f4.fileBytes());
            assertNull(f4.statsJson());

            List<CellSearchEvent> events = catalog.events(imp.cartridgeId());
            assertEquals(7, events.size());
            assertEquals(new CellSearchEvent(100, 1, 0, 0, 10, 12, true, 0), events.get(0));
            assertEquals(new CellSearchEvent(101, 2, 1, 1, 11, 13, false, null), events.get(1));
            assertNull(events.get(2).assigned());

            List<Stored<CellRow>> cells = catalog.cells(imp.cartridgeId());
            assertEquals(imp.cellIds(), cells.stream().map(Stored::id).toList());
            assertArrayEquals(new float[] {1, 2, 3.5f, 4, 5, 6.25f}, cells.get(0).row().polygon());
            assertEquals(imp.frameIds().get(0), cells.get(0).row().frameId());

            ProjectSummary s = p.summary();
            assertEquals(1, s.patients());
            assertEquals(6, s.frames());
            assertEquals(4, s.cells());
            assertEquals(4, s.crops());
            assertEquals(7, s.events());
            assertEquals(3, s.assignedEvents());
        }
    }

    @Test
    void givenExistingPatientCode_whenAddedAgain_thenTheSameIdIsReturned() {
        try (Project p = Project.open(dir)) {
            Fixtures.Imported first = Fixtures.importCartridge(p, "P7", 0, 0);
            Fixtures.Imported second = Fixtures.importCartridge(p, "P7", 0, 0);
            assertEquals(first.patientId(), second.patientId());
            assertEquals(1, p.summary().patients());
            assertEquals(2, p.summary().cartridges());
        }
    }

    @Test
    void givenImportClosedWithoutCommit_thenDatabaseContentIsUnchanged() throws Exception {
        ProjectSummary before;
        try (Project p = Project.open(dir)) {
            Fixtures.importCartridge(p, "P1", 5, 3);
            p.labels().add(1, "CTC", "anna", null, "expert");
            before = p.summary();
        }
        Map<String, List<String>> dumpBefore = DbContent.dump(dir);
        try (Project p = Project.open(dir)) {
            try (ImportTransaction tx = p.beginImport()) {
                Fixtures.addCartridge(tx, "P2", 9, 5, new Random(1));
                Fixtures.addCartridge(tx, "P1", 2, 2, new Random(2));
                // no commit
            }
            assertEquals(before, p.summary());
        }
        assertEquals(dumpBefore, DbContent.dump(dir));
    }

    @Test
    void givenFailureMidImport_whenClosed_thenDatabaseContentIsUnchanged() throws Exception {
        try (Project p = Project.open(dir)) {
            Fixtures.importCartridge(p, "P1", 5, 3);
        }
        Map<String, List<String>> dumpBefore = DbContent.dump(dir);
        try (Project p = Project.open(dir)) {
            ProjectSummary before = p.summary();
            RuntimeException failure = assertThrows(RuntimeException.class, () -> {
                try (ImportTransaction tx = p.beginImport()) {
                    Fixtures.Imported imp = Fixtures.addCartridge(tx, "P2", 4, 2, new Random(3));
                    // a frame number that already exists violates UNIQUE (cartridge, frame_number)
                    tx.addFrame(new FrameRow(imp.cartridgeId(), 1, 0, 0, true, "dup.tif", null, null, null, null));
                    tx.commit();
                }
            });
            assertTrue(failure.getMessage().contains("dup.tif"), failure.getMessage());
            assertEquals(before, p.summary());
            // the project stays usable: a new import after the failed one works
            Fixtures.importCartridge(p, "P3", 1, 1);
            assertEquals(2, p.summary().cartridges());
        }
        Map<String, List<String>> dumpAfter = DbContent.dump(dir);
        assertEquals(dumpBefore.get("schema_migrations"), dumpAfter.get("schema_migrations"));
        assertEquals(dumpBefore.get("frames").size() + 6, dumpAfter.get("frames").size());
    }

    @Test
    void givenUnfinishedImport_whenProjectClosed_thenItIsRolledBack() throws Exception {
        Project.open(dir).close();
        Map<String, List<String>> dumpBefore = DbContent.dump(dir);
        Project p = Project.open(dir);
        ImportTransaction tx = p.beginImport();
        Fixtures.addCartridge(tx, "P9", 3, 3, new Random(4));
        assertThrows(IllegalStateException.class, p::beginImport);
        p.close();
        assertThrows(IllegalStateException.class, () -> tx.addPatient("late"));
        assertEquals(dumpBefore, DbContent.dump(dir));
    }

    @Test
    void givenImportInProgress_thenOtherConnectionsDoNotSeeIt() {
        try (Project p = Project.open(dir); ImportTransaction tx = p.beginImport()) {
            Fixtures.addCartridge(tx, "P1", 2, 2, new Random(5));
            assertEquals(0, p.summary().cartridges());
            tx.commit();
            assertEquals(1, p.summary().cartridges());
            assertThrows(IllegalStateException.class, () -> tx.addPatient("after-commit"));
        }
    }
}
