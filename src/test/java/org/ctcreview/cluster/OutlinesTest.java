package org.ctcreview.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutlinesTest {
    @Test
    void givenASquareWithInnerPoints_thenTheHullIsItsCornersCounterClockwise() {
        Points2d p = new Points2d(new float[] {0, 2, 2, 0, 1, 1.5f, 1, 9}, new float[] {0, 0, 2, 2, 1, 0.5f, 0, 9});
        int[] labels = {0, 0, 0, 0, 0, 0, 0, 1};
        float[] hull = Outlines.convexHull(p, labels, 0);
        assertArrayEquals(new float[] {0, 0, 2, 0, 2, 2, 0, 2}, hull);
        for (int i = 0; i < 7; i++) {
            assertTrue(Outlines.contains(hull, p.x()[i], p.y()[i]), "point " + i);
        }
        assertFalse(Outlines.contains(hull, 9, 9));
        assertFalse(Outlines.contains(hull, -0.01f, 1));
    }

    @Test
    void givenFewOrCollinearPoints_thenTheOutlineIsDegenerateButHoldsThem() {
        Points2d p = new Points2d(new float[] {1, 1, 3, 5, 4, 4}, new float[] {1, 1, 3, 5, 0, 0});
        assertArrayEquals(new float[] {1, 1}, Outlines.convexHull(p, new int[] {0, 0, 9, 9, 9, 9}, 0));
        float[] line = Outlines.convexHull(p, new int[] {0, 9, 0, 0, 9, 9}, 0);
        assertArrayEquals(new float[] {1, 1, 5, 5}, line);
        assertTrue(Outlines.contains(line, 3, 3));
        assertArrayEquals(new float[0], Outlines.convexHull(p, new int[6], 1));
        assertArrayEquals(new float[] {4, 0}, Outlines.convexHull(p, new int[] {9, 9, 9, 9, 2, 2}, 2));
    }
}
