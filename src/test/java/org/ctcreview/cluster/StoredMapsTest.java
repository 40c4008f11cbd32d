package org.ctcreview.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.ctcreview.store.CartridgeRow;
import org.ctcreview.store.CellRow;
import org.ctcreview.store.ImportTransaction;
import org.ctcreview.store.ModelVersionRow;
import org.ctcreview.store.Project;
import org.ctcreview.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredMapsTest {
    @TempDir
    Path dir;

    private static long[] addCells(Project p, int n) {
        long[] ids = new long[n];
        try (ImportTransaction tx = p.beginImport()) {
            long patient = tx.addPatient("P1");
            long cartridge = tx.addCartridge(CartridgeRow.thumbnails(patient, "/data/P1", java.util.List.of("DAPI")));
            for (int i = 0; i < n; i++) {
                ids[i] = tx.addCell(new CellRow(cartridge, null, null, 0, 0, 1, 1, 0, 0, i, 0, 1, "test"));
            }
            tx.commit();
        }
        return ids;
    }

    @Test
    void givenAMapFittedOnASubsample_whenStoredAndRestored_thenItIsEqualAndPlacesNewCellsTheSameWay() {
        Synthetic.Data data = LatentMapTest.DATA;
        MapOptions options = new MapOptions(LatentMapTest.OPTIONS.umap().withMaxFitPoints(300),
                LatentMapTest.OPTIONS.hdbscan());
        try (Project p = Project.open(dir)) {
            long[] cells = addCells(p, data.vectors().length);
            long model = p.modelVersions().add(new ModelVersionRow("encoder", "enc", null, null, null, null, null));
            LatentMap built = LatentMap.build(cells, data.vectors(), options);
            long mapId = StoredMaps.save(p, model, built.map());

            ClusterMap read = StoredMaps.latest(p, model).orElseThrow();
            ClusterMap original = built.map();
            assertArrayEquals(original.cellIds(), read.cellIds());
            assertArrayEquals(original.positions().x(), read.positions().x());
            assertArrayEquals(original.positions().y(), read.positions().y());
            assertArrayEquals(original.clusters(), read.clusters());
            assertArrayEquals(original.fitted(), read.fitted());
            assertEquals(300, read.fittedCellIds().length);
            assertEquals(original.clusterList().size(), read.clusterList().size());
            for (int c = 0; c < read.clusterList().size(); c++) {
                assertEquals(original.clusterList().get(c).id(), read.clusterList().get(c).id());
                assertEquals(original.clusterList().get(c).size(), read.clusterList().get(c).size());
                assertArrayEquals(original.clusterList().get(c).outline(), read.clusterList().get(c).outline());
            }
            assertEquals(original.params().hdbscan(), read.params().hdbscan());
            assertEquals(original.params().umap().withThreads(1), read.params().umap().withThreads(1));
            assertEquals(original.params().notes(), read.params().notes());
            assertEquals(original.seed(), read.seed());
            assertEquals(mapId, p.maps().latest(model).orElseThrow().id());

            float[][] fitVectors = new float[read.fittedCellIds().length][];
            for (int i = 0, j = 0; i < read.size(); i++) {
                if (read.fitted()[i]) {
                    fitVectors[j++] = data.vectors()[i];
                }
            }
            LatentMap restored = LatentMap.restore(read, fitVectors, ProgressListener.none());
            assertArrayEquals(original.clusters(), restored.hdbscan().labels());
            float[][] fresh = Synthetic.threeBlobsAndOutliers(8, 2, 16, 5).vectors();
            Placement a = built.place(fresh);
            Placement b = restored.place(fresh);
            assertArrayEquals(a.positions().x(), b.positions().x());
            assertArrayEquals(a.positions().y(), b.positions().y());
            assertArrayEquals(a.clusters(), b.clusters());
        }
    }

    @Test
    void givenNoMap_thenEmpty_andAnUnknownIdIsAClearError() {
        try (Project p = Project.open(dir)) {
            assertTrue(StoredMaps.latest(p, 1).isEmpty());
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> StoredMaps.load(p, 5));
            assertTrue(e.getMessage().contains("no map 5"), e.getMessage());
        }
    }
}
