package org.ctcreview.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ctcreview.model.GridLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GridLayoutTest {

    @Test
    void serpentineOrderRunsOddRowsLeftToRightAndEvenRowsBack() {
        GridLayout g = GridLayout.forFrameCount(175).orElseThrow();
        assertEquals(5, g.rows());
        assertEquals(35, g.cols());
        assertEquals(0, g.col(1));
        assertEquals(34, g.col(35));
        assertEquals(1, g.row(36));
        assertEquals(34, g.col(36), "second grid row starts at the right");
        assertEquals(0, g.col(70));
        assertEquals(0, g.col(71), "third row runs left to right again");
    }

    @ParameterizedTest
    @ValueSource(ints = {140, 144, 170, 175, 180, 210})
    void everyKnownLayoutMapsFramesToCellsOneToOne(int frames) {
        GridLayout g = GridLayout.forFrameCount(frames).orElseThrow();
        assertEquals(frames, g.frameCount());
        boolean[] seen = new boolean[frames + 1];
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                int f = g.frameAt(r, c);
                assertFalse(seen[f]);
                seen[f] = true;
                assertEquals(r, g.row(f));
                assertEquals(c, g.col(f));
            }
        }
    }

    @Test
    void cartridgeCoordinatesRoundTrip() {
        GridLayout g = GridLayout.forFrameCount(175).orElseThrow();
        double cx = g.toCartridgeX(37, 100.5);
        double cy = g.toCartridgeY(37, 20);
        assertEquals(33 * 1384 + 100.5, cx, 1e-9);
        assertEquals(1036 + 20, cy, 1e-9);
        GridLayout.FramePoint p = g.fromCartridge(cx, cy).orElseThrow();
        assertEquals(37, p.frameNumber());
        assertEquals(100.5, p.x(), 1e-9);
        assertEquals(20, p.y(), 1e-9);
        assertTrue(g.fromCartridge(-1, 5).isEmpty());
    }

    @Test
    void edgeFramesAreTheOuterRowsAndColumns() {
        GridLayout g = GridLayout.forFrameCount(175).orElseThrow();
        assertTrue(g.isEdge(1));
        assertTrue(g.isEdge(36));
        assertFalse(g.isEdge(g.frameAt(2, 10)));
        assertTrue(g.isEdge(g.frameAt(4, 10)));
        assertTrue(GridLayout.forFrameCount(99).isEmpty());
    }
}
