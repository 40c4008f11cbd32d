package org.ctcreview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.ctcreview.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    private static final List<String> TABLES = List.of("cartridges", "cells", "cellsearch_events", "clusters",
            "crops", "embeddings", "frames", "labels", "map_points", "maps", "model_versions", "patients",
            "schema_migrations", "scores", "sessions");

    @TempDir
    Path dir;

    @Test
    void givenNewFolder_whenOpened_thenEveryTableAndTheProjectFilesExist() throws Exception {
        Path project = dir.resolve("new-project");
        try (Project p = Project.open(project)) {
            assertEquals(Migrations.latest(), p.schemaVersion());
        }
        try (Connection c = DbContent.connect(project)) {
            List<String> tables = DbContent.tables(c);
            for (String t : TABLES) {
                assertTrue(tables.contains(t), "missing table " + t + " in " + tables);
            }
        }
        assertTrue(Files.isRegularFile(project.resolve(Project.DATABASE)));
        assertTrue(Files.isRegularFile(project.resolve(ProjectLock.FILE_NAME)));
        assertTrue(Files.isDirectory(project.resolve(Project.MODELS)));
    }

    @Test
    void givenProject_whenReopened_thenMigrationsAreNotAppliedTwiceAndDataStays() throws Exception {
        try (Project p = Project.open(dir)) {
            Fixtures.importCartridge(p, "P1", 3, 2);
        }
        try (Project p = Project.open(dir)) {
            assertEquals(1, p.summary().cartridges());
        }
        try (Project p = Project.open(dir)) {
            assertEquals(Migrations.latest(), p.schemaVersion());
        }
        try (Connection c = DbContent.connect(dir); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")) {
            for (Migrations.Migration m : Migrations.all()) {
                assertTrue(rs.next(), "no row for migration " + m.version());
                assertEquals(m.version(), rs.getInt(1));
                assertEquals(m.name(), rs.getString(2));
                assertTrue(rs.getString(3).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), rs.getString(3));
            }
            assertTrue(!rs.next(), "schema_migrations must hold one row per migration after three opens");
        }
    }

    @Test
    void everyConnectionUsesWalForeignKeysFullSyncAndBusyTimeout() throws Exception {
        Project.open(dir).close();
        try (Connection c = DbContent.connect(dir); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertEquals("wal", rs.getString(1));
        }
        for (boolean readOnly : new boolean[] {false, true}) {
            try (Db db = SqliteConnections.open(dir.resolve(Project.DATABASE), readOnly, false)) {
                assertEquals(1, db.queryLong("PRAGMA foreign_keys"));
                assertEquals(2, db.queryLong("PRAGMA synchronous"), "synchronous=FULL");
                assertEquals(SqliteConnections.BUSY_TIMEOUT_MS, db.queryLong("PRAGMA busy_timeout"));
            }
        }
    }

    @Test
    void givenSchemaFromANewerProgram_whenOpened_thenRefusedWithAClearMessage() throws Exception {
        try (Project p = Project.open(dir)) {
            assertEquals(Migrations.latest(), p.schemaVersion());
        }
        try (Connection c = DbContent.connect(dir); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO schema_migrations VALUES (999, 'future', '2100-01-01T00:00:00.000Z')");
        }
        BadInputException rw = assertThrows(BadInputException.class, () -> Project.open(dir));
        assertTrue(rw.getMessage().contains("newer version"), rw.getMessage());
        assertEquals(dir.resolve(Project.DATABASE).toAbsolutePath(), rw.file());
        BadInputException ro = assertThrows(BadInputException.class, () -> Project.openReadOnly(dir));
        assertTrue(ro.getMessage().contains("newer version"), ro.getMessage());
        // the lock was released after the refused open
        try (Connection c = DbContent.connect(dir); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM schema_migrations WHERE version = 999");
        }
        Project.open(dir).close();
    }

    @Test
    void givenSqliteFileOfAnotherProgram_whenOpened_thenRefusedAndLeftUntouched() throws Exception {
        try (Connection c = DbContent.connect(dir); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)");
        }
        BadInputException e = assertThrows(BadInputException.class, () -> Project.open(dir));
        assertTrue(e.getMessage().contains("not a CTC review project"), e.getMessage());
        try (Connection c = DbContent.connect(dir)) {
            assertEquals(List.of("recipes"), DbContent.tables(c));
        }
    }

    @Test
    void givenNoDatabase_whenOpenedReadOnly_thenRefusedAndNothingIsCreated() {
        BadInputException e = assertThrows(BadInputException.class, () -> Project.openReadOnly(dir));
        assertEquals(dir.resolve(Project.DATABASE).toAbsolutePath(), e.file());
        assertTrue(e.getMessage().contains("no project database"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve(Project.DATABASE)));
        BadInputException missing = assertThrows(BadInputException.class,
                () -> Project.openReadOnly(dir.resolve("nowhere")));
        assertTrue(missing.getMessage().contains("no such project folder"), missing.getMessage());
    }

    @Test
    void givenDatabaseWithAnOlderSchema_whenOpenedReadOnly_thenToldToOpenItReadWriteOnce() throws Exception {
        Files.createFile(dir.resolve(Project.DATABASE));
        BadInputException e = assertThrows(BadInputException.class, () -> Project.openReadOnly(dir));
        assertTrue(e.getMessage().contains("schema version 0"), e.getMessage());
        assertTrue(e.getMessage().contains("open the project once read-write"), e.getMessage());
        assertEquals(0, Files.size(dir.resolve(Project.DATABASE)), "read-only open must not migrate");
        try (Project p = Project.open(dir)) {
            assertEquals(Migrations.latest(), p.schemaVersion());
        }
        Project.openReadOnly(dir).close();
    }
}
