package org.ctcreview.hil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ctcreview.cluster.HdbscanOptions;
import org.ctcreview.cluster.MapOptions;
import org.ctcreview.cluster.UmapOptions;
import org.ctcreview.model.BadInputException;
import org.ctcreview.model.GridLayout;
import org.ctcreview.store.CartridgeRow;
import org.ctcreview.store.CellRow;
import org.ctcreview.store.FrameRow;
import org.ctcreview.store.ImportTransaction;
import org.ctcreview.store.ModelVersionRow;
import org.ctcreview.store.Project;
import org.ctcreview.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapUpdateTest {
    @TempDir
    Path dir;

    private static final MapOptions OPTIONS = new MapOptions(UmapOptions.defaults().withNeighbors(15),
            HdbscanOptions.defaults().withSizes(10, 10).withSelection(HdbscanOptions.Selection.EOM, 0));

    /** One cartridge whose cells' embeddings come from the given blobs (16-d, centre at 8 * blob on axis blob). */
    private static long[] importPatient(Project p, String code, int[] blobs, Random r) {
        GridLayout grid = new GridLayout(1, 1, 64, 48);
        long[] ids = new long[blobs.length];
        try (ImportTransaction tx = p.beginImport()) {
            long patient = tx.addPatient(code);
            long cart = tx.addCartridge(CartridgeRow.cellSearch(patient, "/data/" + code, grid,
                    List.of("DAPI", "FITC", "CK", "CD45"), List.of()));
            long frame = tx.addFrame(new FrameRow(cart, 1, 0, 0, true, "f1.tif", null, null, null, null));
            float[][] v = new float[blobs.length][16];
            for (int i = 0; i < blobs.length; i++) {
                ids[i] = tx.addCell(new CellRow(cart, frame, null, 1, 1, 4, 4, 3, 3, 3, 3, 10, "test"));
                for (int d = 0; d < 16; d++) {
                    v[i][d] = (float) (r.nextGaussian() * 0.5 + (d == blobs[i] ? 8 : 0));
                }
            }
            long mv = tx.addModelVersion(new ModelVersionRow("encoder", "encoder:test", null, "abc", "{}", "{}", null));
            tx.addEmbeddings(mv, ids, v);
            tx.commit();
        }
        return ids;
    }

    @Test
    void aNewPatientIsPlacedOnTheStoredMapWithoutRefitting() {
        Random r = new Random(4);
        try (Project p = Project.open(dir)) {
            int[] blobs = new int[300];
            for (int i = 0; i < blobs.length; i++) {
                blobs[i] = i % 3;
            }
            long[] first = importPatient(p, "P1", blobs, r);
            MapUpdate.Result built = MapUpdate.run(p, OPTIONS, false, ProgressListener.none());
            assertTrue(built.built());
            assertEquals(300, built.map().size());
            assertEquals(3, built.map().clusterCount());
            Map<Integer, Integer> blobZeroClusters = new HashMap<>();
            for (int i = 0; i < 300; i++) {
                if (i % 3 == 0) {
                    blobZeroClusters.merge(built.map().clusters()[i], 1, Integer::sum);
                }
            }
            int blobZero = blobZeroClusters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();

            MapUpdate.Result same = MapUpdate.run(p, OPTIONS, false, ProgressListener.none());
            assertFalse(same.built());
            assertEquals(0, same.placed());
            assertEquals(built.mapId(), same.mapId(), "nothing new: the stored map stays");

            long[] second = importPatient(p, "P2", new int[40], r); // all from blob 0
            MapUpdate.Result placed = MapUpdate.run(p, OPTIONS, false, ProgressListener.none());
            assertFalse(placed.built());
            assertEquals(40, placed.placed());
            assertEquals(340, placed.map().size());
            for (int i = 0; i < 300; i++) {
                assertEquals(built.map().positions().x()[i], placed.map().positions().x()[i], 0f,
                        "fitted cells keep their positions");
            }
            int inBlobZero = 0;
            for (int i = 300; i < 340; i++) {
                assertEquals(second[i - 300], placed.map().cellIds()[i]);
                assertFalse(placed.map().fitted()[i]);
                inBlobZero += placed.map().clusters()[i] == blobZero ? 1 : 0;
            }
            assertTrue(inBlobZero >= 36, "placed next to their blob: " + inBlobZero + " of 40");
            int total = placed.map().clusterList().stream().mapToInt(c -> c.size()).sum();
            assertEquals(340, total, "cluster sizes count the placed cells");
            assertEquals(first.length, 300);
        }
    }

    @Test
    void aProjectWithoutEmbeddingsSaysToEmbedFirst() {
        try (Project p = Project.open(dir)) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> MapUpdate.run(p, OPTIONS, false, ProgressListener.none()));
            assertTrue(e.getMessage().contains("has no cell embeddings"), e.getMessage());
        }
    }
}
