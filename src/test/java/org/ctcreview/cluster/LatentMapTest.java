package org.ctcreview.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LatentMapTest {
    static final Synthetic.Data DATA = Synthetic.threeBlobsAndOutliers(150, 5, 16, 21);
    /** The reference settings with a small neighbourhood so that tests run fast. */
    static final MapOptions OPTIONS = new MapOptions(UmapOptions.defaults().withNeighbors(30).withSeed(4),
            HdbscanOptions.defaults().withSizes(15, 20));

    static long[] ids(int n, long first) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = first + i;
        }
        return ids;
    }

    @Test
    void givenBlobsAndOutliers_thenEveryCellIsPlaced_eachBlobIsOneCluster_andOutlinesHoldTheirPoints() {
        LatentMap lm = LatentMap.build(ids(455, 100), DATA.vectors(), OPTIONS);
        ClusterMap map = lm.map();
        assertEquals(455, map.size());
        for (int i = 0; i < map.size(); i++) {
            assertTrue(Float.isFinite(map.positions().x()[i]) && Float.isFinite(map.positions().y()[i]));
        }
        assertEquals(3, map.clusterCount());
        for (int b = 0; b < 3; b++) {
            int first = map.clusters()[b * 150];
            long same = Arrays.stream(map.clusters(), b * 150, (b + 1) * 150).filter(c -> c == first).count();
            assertTrue(first >= 0 && same >= 145, "blob " + b + ": " + same + " in cluster " + first);
        }
        int total = 0;
        for (MapCluster c : map.clusterList()) {
            total += c.size();
            if (c.isBackground()) {
                assertNull(c.outline());
                continue;
            }
            for (int i = 0; i < map.size(); i++) {
                if (map.clusters()[i] == c.id()) {
                    assertTrue(Outlines.contains(c.outline(), map.positions().x()[i], map.positions().y()[i]),
                            "cell " + i + " outside the outline of cluster " + c.id());
                }
            }
        }
        assertEquals(455, total);
        assertEquals(100L, map.cellIds()[0]);
        assertEquals(4L, map.seed());
        assertEquals(30, map.params().neighbors());
        assertEquals(0.2321, map.params().a(), 1e-3);
    }

    @Test
    void givenNewCellsFromABlob_whenPlaced_thenTheyGetThatBlobsCluster() {
        LatentMap lm = LatentMap.build(ids(455, 1), DATA.vectors(), OPTIONS);
        Synthetic.Data fresh = Synthetic.threeBlobsAndOutliers(10, 0, 16, 77);
        Placement placed = lm.place(fresh.vectors());
        for (int i = 0; i < 30; i++) {
            int blobCluster = lm.map().clusters()[fresh.truth()[i] * 150];
            assertEquals(blobCluster, placed.clusters()[i], "new cell " + i);
        }
    }

    @Test
    void givenTheSameSeed_thenTheSameMap() {
        ClusterMap a = LatentMap.build(ids(455, 1), DATA.vectors(), OPTIONS).map();
        ClusterMap b = LatentMap.build(ids(455, 1), DATA.vectors(), OPTIONS).map();
        assertArrayEquals(a.positions().x(), b.positions().x());
        assertArrayEquals(a.positions().y(), b.positions().y());
        assertArrayEquals(a.clusters(), b.clusters());
        ClusterMap c = LatentMap.build(ids(455, 1), DATA.vectors(), OPTIONS.withSeed(99)).map();
        assertFalse(Arrays.equals(a.positions().x(), c.positions().x()));
    }

    @Test
    void givenBadInput_thenClearMessages() {
        float[][] nan = DATA.vectors().clone();
        nan[3] = new float[16];
        nan[3][0] = Float.POSITIVE_INFINITY;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LatentMap.build(ids(455, 100), nan, OPTIONS));
        assertTrue(e.getMessage().contains("row 3 (cell 103)"), e.getMessage());
        long[] twice = ids(455, 1);
        twice[9] = 3;
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> LatentMap.build(twice, DATA.vectors(), OPTIONS));
        assertTrue(dup.getMessage().contains("cell 3 appears twice"), dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LatentMap.build(new long[0], new float[0][], OPTIONS));
        assertThrows(IllegalArgumentException.class, () -> LatentMap.build(ids(2, 1), DATA.vectors(), OPTIONS));
    }

    @Test
    void givenFewCells_thenTheMapIsMadeWithNotesAndAllInTheBackground() {
        LatentMap lm = LatentMap.build(ids(12, 1), Arrays.copyOf(DATA.vectors(), 12), MapOptions.defaults());
        assertEquals(12, lm.map().size());
        assertEquals(0, lm.map().clusterCount());
        assertEquals(12, lm.map().clusterList().get(0).size());
        assertTrue(lm.map().params().notes().stream().anyMatch(n -> n.contains("n_neighbors reduced from 200 to 12")));
        assertTrue(lm.map().params().notes().stream().anyMatch(n -> n.contains("min_samples reduced")));
    }
}
