package org.ctcreview.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UmapTest {
    private static final Synthetic.Data DATA = Synthetic.threeBlobsAndOutliers(100, 5, 10, 11);

    @Test
    void abParametersMatchUmapLearn() {
        // scipy curve_fit values of umap-learn's find_ab_params
        UmapCurve ref = UmapCurve.fit(1.0, 0.8);
        assertEquals(0.23206, ref.a(), 2e-4);
        assertEquals(1.68123, ref.b(), 2e-4);
        UmapCurve common = UmapCurve.fit(1.0, 0.1);
        assertEquals(1.57694, common.a(), 2e-4);
        assertEquals(0.89506, common.b(), 2e-4);
    }

    @Test
    void givenDisconnectedBlobsAndFarOutliers_whenMapped_thenEveryPointIsPlacedAndBlobsStaySeparate() {
        for (int k : new int[] {15, 200}) {
            UmapFit fit = Umap.fit(DATA.vectors(), UmapOptions.defaults().withNeighbors(k).withSeed(3));
            Points2d p = fit.positions();
            assertEquals(DATA.vectors().length, p.size());
            for (int i = 0; i < p.size(); i++) {
                assertTrue(Float.isFinite(p.x()[i]) && Float.isFinite(p.y()[i]), "point " + i + " has no position");
            }
            assertTrue(fit.fittedAll());
            assertTrue(sameBlobNearestNeighbour(p, DATA.truth()) >= 0.98, "k " + k);
            // within an isotropic 10-d Gaussian blob, a random 2-D placement keeps ~10 % of the 10 nearest
            double kept = KnnPreservation.of(DATA.vectors(), p, 10, 300, 1, 2);
            assertTrue(kept > 0.25, "kNN preservation " + kept + " for k " + k);
        }
    }

    @Test
    void givenSameSeed_thenSameMap_andThreadCountDoesNotMatter() {
        UmapOptions o = UmapOptions.defaults().withNeighbors(30).withSeed(5);
        Points2d a = Umap.fit(DATA.vectors(), o.withThreads(1)).positions();
        Points2d b = Umap.fit(DATA.vectors(), o.withThreads(2)).positions();
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.y(), b.y());
        Points2d c = Umap.fit(DATA.vectors(), o.withSeed(6)).positions();
        assertFalse(Arrays.equals(a.x(), c.x()), "another seed should give another layout");
    }

    @Test
    void givenNewPointsFromABlob_whenTransformed_thenTheyLandNextToThatBlob_andAloneEqualsInABatch() {
        UmapFit fit = Umap.fit(DATA.vectors(), UmapOptions.defaults().withNeighbors(30).withSeed(8));
        Synthetic.Data fresh = Synthetic.threeBlobsAndOutliers(20, 0, 10, 99);
        Points2d placed = fit.model().transform(fresh.vectors());
        Points2d fitted = fit.positions();
        Grid2d grid = new Grid2d(fitted);
        int[] idx = new int[10];
        double[] dist = new double[10];
        for (int i = 0; i < placed.size(); i++) {
            grid.nearest(placed.x()[i], placed.y()[i], 10, -1, idx, dist);
            int same = 0;
            for (int j : idx) {
                same += DATA.truth()[j] == fresh.truth()[i] ? 1 : 0;
            }
            assertTrue(same >= 8, "new point " + i + " landed away from its blob (" + same + " of 10 neighbours)");
        }
        Points2d alone = fit.model().transform(new float[][] {fresh.vectors()[25]});
        assertEquals(placed.x()[25], alone.x()[0]);
        assertEquals(placed.y()[25], alone.y()[0]);
        Points2d again = fit.model().transform(fresh.vectors());
        assertArrayEquals(placed.x(), again.x());
    }

    @Test
    void givenMorePointsThanMaxFit_thenASubsampleIsFittedAndTheRestTransformed() {
        UmapOptions o = UmapOptions.defaults().withNeighbors(30).withSeed(2).withMaxFitPoints(150);
        UmapFit fit = Umap.fit(DATA.vectors(), o);
        assertEquals(150, fit.fitIndices().length);
        assertFalse(fit.fittedAll());
        assertTrue(fit.notes().get(0).contains("subsample of 150 of 305"), fit.notes().toString());
        assertTrue(sameBlobNearestNeighbour(fit.positions(), DATA.truth()) >= 0.98);
        assertArrayEquals(fit.fitIndices(), Umap.fit(DATA.vectors(), o).fitIndices());
    }

    @Test
    void givenFewerPointsThanNeighbours_thenNeighboursAreReducedWithANote() {
        float[][] few = Arrays.copyOf(DATA.vectors(), 40);
        UmapFit fit = Umap.fit(few, UmapOptions.defaults());
        assertEquals(40, fit.neighbors());
        assertTrue(fit.notes().get(0).contains("n_neighbors reduced from 200 to 40"), fit.notes().toString());
        assertEquals(40, fit.positions().size());
        Points2d one = Umap.fit(new float[][] {{1, 2}}, UmapOptions.defaults()).positions();
        assertEquals(1, one.size());
        Points2d two = Umap.fit(new float[][] {{1, 2}, {3, 4}}, UmapOptions.defaults()).positions();
        assertTrue(Float.isFinite(two.x()[1]));
    }

    @Test
    void givenBadInput_thenClearMessages() {
        float[][] nan = DATA.vectors().clone();
        nan[7] = nan[7].clone();
        nan[7][3] = Float.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Umap.fit(nan, UmapOptions.defaults()));
        assertTrue(e.getMessage().contains("row 7") && e.getMessage().contains("NaN at dimension 3"), e.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> Umap.fit(new float[0][], UmapOptions.defaults()));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
                () -> Umap.fit(new float[][] {{1, 2}, {3}}, UmapOptions.defaults()));
        assertTrue(ragged.getMessage().contains("row 1 has 1 values but row 0 has 2"), ragged.getMessage());
        UmapModel model = Umap.fit(Arrays.copyOf(DATA.vectors(), 30), UmapOptions.defaults()).model();
        IllegalArgumentException dim = assertThrows(IllegalArgumentException.class,
                () -> model.transform(new float[][] {{1, 2}}));
        assertTrue(dim.getMessage().contains("dimension 2 but the map was fitted on dimension 10"), dim.getMessage());
    }

    /** The share of blob points whose nearest map neighbour is in the same blob. */
    static double sameBlobNearestNeighbour(Points2d p, int[] truth) {
        int same = 0;
        int total = 0;
        for (int i = 0; i < p.size(); i++) {
            if (truth[i] < 0) {
                continue;
            }
            total++;
            float x = p.x()[i];
            p.x()[i] = Float.NaN;
            int j = nearest(p, x, p.y()[i]);
            p.x()[i] = x;
            if (truth[j] == truth[i]) {
                same++;
            }
        }
        return (double) same / total;
    }

    static int nearest(Points2d p, float x, float y) {
        int best = -1;
        double bd = Double.POSITIVE_INFINITY;
        for (int i = 0; i < p.size(); i++) {
            double dx = p.x()[i] - x;
            double dy = p.y()[i] - y;
            double d = dx * dx + dy * dy;
            if (d < bd) {
                bd = d;
                best = i;
            }
        }
        return best;
    }
}
