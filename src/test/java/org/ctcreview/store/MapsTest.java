package org.ctcreview.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapsTest {
    @TempDir
    Path dir;
    private List<Long> cells;
    private long model;

    @BeforeEach
    void importCells() {
        try (Project p = Project.open(dir)) {
            cells = Fixtures.importCartridge(p, "P1", 0, 5).cellIds();
            model = p.modelVersions().add(new ModelVersionRow("encoder", "enc-v1", null, null, null, null, null));
        }
    }

    private List<MapPointRow> points() {
        return List.of(new MapPointRow(cells.get(3), 0.1f, -2.75f, 0, true),
                new MapPointRow(cells.get(0), 1.0000001f, 3.3333333f, 0, false),
                new MapPointRow(cells.get(1), 5.5f, 5.25f, 1, true),
                new MapPointRow(cells.get(2), -7.125f, 1e-7f, 1, true),
                new MapPointRow(cells.get(4), 42.42f, 0f, -1, true));
    }

    private static List<MapClusterRow> clusters() {
        return List.of(new MapClusterRow(-1, 1, null),
                new MapClusterRow(0, 2, new float[] {0.1f, -2.75f, 1.0000001f, 3.3333333f}),
                new MapClusterRow(1, 2, new float[] {5.5f, 5.25f, -7.125f, 1e-7f}));
    }

    @Test
    void givenAMap_whenSavedAndRead_thenEveryValueComesBackExactlyAndInOrder() {
        try (Project p = Project.open(dir)) {
            long id = p.maps().save(model, "{\"umap\":{\"nNeighbors\":200}}", 42L, points(), clusters());
            MapInfo info = p.maps().latest(model).orElseThrow();
            assertEquals(id, info.id());
            assertEquals(model, info.modelVersionId());
            assertEquals(42L, info.seed());
            assertEquals("{\"umap\":{\"nNeighbors\":200}}", info.paramsJson());
            assertTrue(info.createdAt().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
            assertEquals(points(), p.maps().points(id));
            List<MapClusterRow> read = p.maps().clusters(id);
            assertEquals(3, read.size());
            assertNull(read.get(0).outline());
            for (int i = 0; i < 3; i++) {
                assertEquals(clusters().get(i).cluster(), read.get(i).cluster());
                assertEquals(clusters().get(i).size(), read.get(i).size());
                assertArrayEquals(clusters().get(i).outline(), read.get(i).outline());
            }
            long newer = p.maps().save(model, "{}", 7L, points(), clusters());
            assertEquals(newer, p.maps().latest(model).orElseThrow().id());
            assertEquals(List.of(id, newer), p.maps().list(model).stream().map(MapInfo::id).toList());
            assertEquals(id, p.maps().get(id).orElseThrow().id());
            assertTrue(p.maps().latest(model + 100).isEmpty());
        }
        try (Project p = Project.openReadOnly(dir)) {
            assertEquals(5, p.maps().points(p.maps().latest(model).orElseThrow().id()).size());
        }
    }

    @Test
    void givenAnUnknownCell_thenNothingIsStoredAndTheCellIsNamed() throws Exception {
        try (Project p = Project.open(dir)) {
            List<MapPointRow> bad = new java.util.ArrayList<>(points());
            bad.set(4, new MapPointRow(9999, 1f, 1f, -1, true));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> p.maps().save(model, "{}", 1L, bad, clusters()));
            assertTrue(e.getMessage().contains("cell 9999 is not in this project"), e.getMessage());
        }
        assertEquals(0, DbContent.count(dir, "SELECT count(*) FROM maps"));
        assertEquals(0, DbContent.count(dir, "SELECT count(*) FROM map_points"));
        assertEquals(0, DbContent.count(dir, "SELECT count(*) FROM clusters"));
    }

    @Test
    void givenInconsistentMaps_thenClearErrors() {
        try (Project p = Project.open(dir)) {
            Maps maps = p.maps();
            assertMessage("has size 2 but 1 cells", () -> maps.save(model, "{}", 1, points().subList(0, 1),
                    clusters().subList(1, 2)));
            assertMessage("in cluster -1, which the map does not list", () -> maps.save(model, "{}", 1, points(),
                    clusters().subList(1, 3)));
            assertMessage("appears twice", () -> maps.save(model, "{}", 1,
                    List.of(points().get(0), points().get(0)), List.of(new MapClusterRow(0, 2, null))));
            assertMessage("not valid JSON", () -> maps.save(model, "{umap", 1, points(), clusters()));
            assertMessage("no such model version", () -> maps.save(model + 5, "{}", 1, points(), clusters()));
            assertMessage("no finite map position", () -> maps.save(model, "{}", 1,
                    List.of(new MapPointRow(cells.get(0), Float.NaN, 0, 0, true)), List.of(new MapClusterRow(0, 1, null))));
            assertMessage("at least one cell", () -> maps.save(model, "{}", 1, List.of(), List.of()));
            assertTrue(maps.latest(model).isEmpty());
        }
    }

    @Test
    void givenAVersion1Project_whenOpened_thenExistingMapPointsCountAsFitted() throws Exception {
        Path old = dir.resolve("old");
        java.nio.file.Files.createDirectories(old);
        try (Connection c = DbContent.connect(old); Statement st = c.createStatement();
             InputStream in = MapsTest.class.getResourceAsStream("/db/migration/V001__initial.sql")) {
            st.executeUpdate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            st.executeUpdate("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    + " applied_at TEXT NOT NULL)");
            st.executeUpdate("INSERT INTO schema_migrations VALUES (1, 'initial', '2026-01-01T00:00:00.000Z')");
            st.executeUpdate("INSERT INTO patients VALUES (1, 'P1', 't')");
            st.executeUpdate("INSERT INTO cartridges (id, patient_id, source_folder, kind, imported_at)"
                    + " VALUES (1, 1, '/x', 'cellsearch', 't')");
            st.executeUpdate("INSERT INTO cells (id, cartridge_id, bbox_x, bbox_y, bbox_w, bbox_h, source)"
                    + " VALUES (1, 1, 0, 0, 1, 1, 'test')");
            st.executeUpdate("INSERT INTO model_versions (id, kind, name, created_at) VALUES (1, 'encoder', 'e', 't')");
            st.executeUpdate("INSERT INTO maps (id, model_version_id, seed, created_at) VALUES (1, 1, 3, 't')");
            st.executeUpdate("INSERT INTO map_points VALUES (1, 1, 0.5, 0.25, -1)");
            st.executeUpdate("INSERT INTO clusters (map_id, cluster, size) VALUES (1, -1, 1)");
        }
        try (Project p = Project.open(old)) {
            assertEquals(Migrations.latest(), p.schemaVersion());
            assertEquals(List.of(new MapPointRow(1, 0.5f, 0.25f, -1, true)), p.maps().points(1));
        }
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
