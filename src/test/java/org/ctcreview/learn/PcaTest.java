package org.ctcreview.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import smile.feature.extraction.PCA;

class PcaTest {
    private final Blobs.Data data = Blobs.twoClasses(300, 0.3, 3, 11);

    @Test
    void projectsLikeSmileAndOrdersComponentsByVariance() {
        Pca pca = Pca.fit(data.x(), 32);
        assertEquals(32, pca.components());
        assertEquals(128, pca.inputDimension());
        double[][] rows = new double[data.x().length][128];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 128; j++) {
                rows[i][j] = data.x()[i][j];
            }
        }
        PCA smile = PCA.fit(rows).getProjection(32);
        double[][] ours = pca.project(data.x());
        for (int i = 0; i < 20; i++) {
            assertArrayEquals(smile.apply(rows[i]), ours[i], 1e-9);
        }
        double[] var = pca.variance();
        for (int c = 1; c < var.length; c++) {
            assertTrue(var[c] <= var[c - 1] + 1e-9, "variance falls with the component index");
        }
        // projected training data is centred
        double mean0 = 0;
        for (double[] row : ours) {
            mean0 += row[0] / ours.length;
        }
        assertEquals(0, mean0, 1e-9);
    }

    @Test
    void bytesAndArraysRestoreTheSameProjection() {
        Pca pca = Pca.fit(data.x(), 32);
        Pca back = Pca.fromBytes(pca.toBytes());
        Pca fromArrays = Pca.of(pca.mean(), pca.matrix());
        float[][] some = Blobs.rows(data.x(), 0, 50);
        double[][] a = pca.project(some);
        double[][] b = back.project(some);
        double[][] c = fromArrays.project(some, 2);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0);
            assertArrayEquals(a[i], c[i], 0);
        }
        assertArrayEquals(pca.variance(), back.variance(), 0);
    }

    @Test
    void parallelProjectionEqualsSingleThreaded() {
        Pca pca = Pca.fit(data.x(), 32);
        Blobs.Data more = Blobs.twoClasses(2000, 0.3, 3, 12);
        double[][] one = pca.project(more.x(), 1);
        double[][] two = pca.project(more.x(), 2);
        for (int i = 0; i < one.length; i++) {
            assertArrayEquals(one[i], two[i], 0);
        }
    }

    @Test
    void keepsNoMoreComponentsThanCells() {
        Pca pca = Pca.fit(Blobs.rows(data.x(), 0, 12), 32);
        assertEquals(12, pca.components());
    }
}
