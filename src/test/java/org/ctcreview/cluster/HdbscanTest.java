package org.ctcreview.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ctcreview.cluster.HdbscanOptions.Selection;
import org.junit.jupiter.api.Test;

class HdbscanTest {

    /** Blobs of {@code per} points (standard deviation {@code sd}) at the given centres, then far outliers. */
    static Points2d blobs(double[][] centres, int per, double sd, double[][] outliers, long seed) {
        Random r = new Random(seed);
        Points2d p = Points2d.of(centres.length * per + outliers.length);
        for (int i = 0; i < centres.length * per; i++) {
            p.x()[i] = (float) (centres[i / per][0] + sd * r.nextGaussian());
            p.y()[i] = (float) (centres[i / per][1] + sd * r.nextGaussian());
        }
        for (int o = 0; o < outliers.length; o++) {
            p.x()[centres.length * per + o] = (float) outliers[o][0];
            p.y()[centres.length * per + o] = (float) outliers[o][1];
        }
        return p;
    }

    private static final double[][] THREE = {{0, 0}, {10, 0}, {0, 12}};
    private static final double[][] FAR = {{60, 60}, {-50, 40}, {45, -55}, {-60, -60}};

    @Test
    void givenThreeBlobsAndFarPoints_thenThreeClustersAndTheFarPointsAreBackground() {
        Points2d p = blobs(THREE, 200, 1.0, FAR, 1);
        HdbscanModel m = Hdbscan.fit(p, HdbscanOptions.defaults());
        assertEquals(3, m.clusterCount());
        int[] labels = m.labels();
        for (int b = 0; b < 3; b++) {
            int[] votes = new int[4];
            for (int i = b * 200; i < (b + 1) * 200; i++) {
                votes[labels[i] + 1]++;
            }
            int best = 0;
            for (int v = 1; v < 4; v++) {
                best = Math.max(best, votes[v]);
            }
            assertTrue(best >= 190, "blob " + b + " is not one cluster");
        }
        for (int o = 0; o < FAR.length; o++) {
            assertEquals(-1, labels[600 + o], "far point " + o);
        }
        assertEquals(600 + FAR.length, m.backgroundCount() + java.util.Arrays.stream(m.clusterSizes()).sum());
    }

    @Test
    void givenTwoCloseSubBlobs_thenLeafSplitsThem_andEpsilonMergesThemBack() {
        double[][] centres = {{0, 0}, {2.5, 0}, {30, 0}};
        Points2d p = blobs(centres, 200, 0.4, new double[0][], 2);
        HdbscanOptions small = HdbscanOptions.defaults().withSizes(15, 10);
        HdbscanModel leaf = Hdbscan.fit(p, small.withSelection(Selection.LEAF, 0));
        assertEquals(3, leaf.clusterCount());
        HdbscanModel merged = Hdbscan.fit(p, small.withSelection(Selection.LEAF, 5.0));
        assertEquals(2, merged.clusterCount());
        assertEquals(1, merged.clusterSizes()[0] / 400 + merged.clusterSizes()[1] / 400, "one cluster of ~400");
        HdbscanModel eom = Hdbscan.fit(p, small.withSelection(Selection.EOM, 0));
        assertTrue(eom.clusterCount() >= 2 && eom.clusterCount() <= 3);
    }

    @Test
    void givenNewPositions_thenPredictionFollowsTheClusters() {
        Points2d p = blobs(THREE, 200, 1.0, FAR, 3);
        HdbscanModel m = Hdbscan.fit(p, HdbscanOptions.defaults());
        for (int b = 0; b < 3; b++) {
            int expected = m.labels()[b * 200];
            assertEquals(expected, m.predict((float) THREE[b][0] + 0.3f, (float) THREE[b][1] - 0.2f), "blob " + b);
        }
        assertEquals(-1, m.predict(100f, -100f));
        assertEquals(-1, m.predict(Float.NaN, 0f));
        int agree = 0;
        int[] again = m.predict(p);
        for (int i = 0; i < p.size(); i++) {
            if (again[i] == m.labels()[i]) {
                agree++;
            }
        }
        assertTrue(agree >= 0.97 * p.size(), "fitted points predicted into their own cluster: " + agree);
    }

    @Test
    void givenSamePoints_thenSameLabels() {
        Points2d p = blobs(THREE, 150, 1.5, FAR, 4);
        assertArrayEquals(Hdbscan.fit(p, HdbscanOptions.defaults()).labels(),
                Hdbscan.fit(p, HdbscanOptions.defaults()).labels());
    }

    @Test
    void givenFewPoints_thenEverythingIsBackgroundWithANote() {
        Points2d p = blobs(new double[][] {{0, 0}}, 10, 1.0, new double[0][], 5);
        HdbscanModel m = Hdbscan.fit(p, HdbscanOptions.defaults());
        assertEquals(0, m.clusterCount());
        assertEquals(10, m.backgroundCount());
        assertEquals(9, m.minSamplesUsed());
        assertTrue(m.notes().get(0).contains("min_samples reduced from 90 to 9"), m.notes().toString());
        assertEquals(-1, m.predict(0f, 0f));
        HdbscanModel one = Hdbscan.fit(new Points2d(new float[] {1}, new float[] {2}), HdbscanOptions.defaults());
        assertArrayEquals(new int[] {-1}, one.labels());
        assertThrows(IllegalArgumentException.class, () -> Hdbscan.fit(Points2d.of(0), HdbscanOptions.defaults()));
        assertThrows(IllegalArgumentException.class, () -> new HdbscanOptions(1, 5, Selection.LEAF, 0));
    }
}
