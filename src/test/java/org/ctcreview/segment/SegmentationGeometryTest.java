package org.ctcreview.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.ctcreview.model.SegmentedObject;
import org.junit.jupiter.api.Test;

class SegmentationGeometryTest {

    @Test
    void squarePolygonFillsExactlyItsPixels() {
        float[] square = {10, 10, 20, 10, 20, 20, 10, 20};
        SegmentedObject o = SegmentedObject.ofPolygon(square, 1);
        assertEquals(100, o.area(), 1e-9);
        assertEquals(15, o.centroidX(), 1e-9);
        assertEquals(15, o.centroidY(), 1e-9);
        int[] labels = PolygonRaster.labels(List.of(o), 40, 40);
        int n = 0;
        for (int l : labels) {
            n += l;
        }
        assertEquals(100, n);
    }

    @Test
    void starPolygonOfConstantRaysIsADisc() {
        float[] d = new float[32];
        java.util.Arrays.fill(d, 10);
        SegmentedObject o = SegmentedObject.ofPolygon(StarPolygons.polygon(50, 40, d), 1);
        assertEquals(Math.PI * 100, o.area(), 3.5, "32-gon inscribed in r=10");
        assertEquals(50, o.centroidX(), 1e-6);
        assertEquals(40, o.centroidY(), 1e-6);
        float[] ray0 = o.polygon();
        assertEquals(60, ray0[0], 1e-5, "ray 0 points along +x");
        assertEquals(40, ray0[1], 1e-5);
        assertEquals(50, ray0[16], 1e-4, "ray 8 points along +y");
        assertEquals(50, ray0[17], 1e-4);
    }

    @Test
    void raysMeasuredOnAMaskReproduceTheDisc() {
        float[] d = new float[32];
        java.util.Arrays.fill(d, 8);
        SegmentedObject disc = SegmentedObject.ofPolygon(StarPolygons.polygon(30, 30, d), 1);
        int[] labels = PolygonRaster.labels(List.of(disc), 60, 60);
        float[] measured = StarPolygons.raysFromMask(labels, 60, 60, 1, 30, 30, 32);
        for (float m : measured) {
            assertEquals(8, m, 1.01);
        }
    }

    @Test
    void matchingCountsTruePositivesFalsePositivesAndMisses() {
        int[] truth = new int[100];
        int[] pred = new int[100];
        for (int i = 0; i < 10; i++) {
            truth[i] = 1;
            pred[i] = 7;
        }
        for (int i = 20; i < 30; i++) {
            truth[i] = 2;
        }
        for (int i = 24; i < 34; i++) {
            pred[i] = 8;
        }
        for (int i = 50; i < 55; i++) {
            pred[i] = 9;
        }
        InstanceMatching.Score s50 = InstanceMatching.score(truth, pred, 0.5).get(0);
        assertEquals(1, s50.tp());
        assertEquals(2, s50.fp());
        assertEquals(1, s50.fn());
        assertEquals(0.25, s50.ap(), 1e-12);
        InstanceMatching.Score s40 = InstanceMatching.score(truth, pred, 0.4).get(0);
        assertEquals(2, s40.tp(), "IoU of 6/14 = 0.43 matches at 0.4");
        assertEquals(2.0 / 3, s40.precision(), 1e-12);
        assertEquals(1.0, s40.recall(), 1e-12);
    }

    @Test
    void nmsKeepsOnePolygonPerObjectAndSeparatesNeighbours() {
        float[] d = new float[32];
        java.util.Arrays.fill(d, 6);
        List<StarNms.Candidate> cands = new ArrayList<>();
        cands.add(new StarNms.Candidate(20, 20, 0.95f, d));
        cands.add(new StarNms.Candidate(21, 20, 0.90f, d));
        cands.add(new StarNms.Candidate(20, 21, 0.85f, d));
        cands.add(new StarNms.Candidate(31, 20, 0.80f, d));
        cands.add(new StarNms.Candidate(200, 200, 0.70f, d));
        List<SegmentedObject> kept = StarNms.suppress(cands, 0.4, 400, 400);
        assertEquals(3, kept.size());
        assertEquals(0.95, kept.get(0).score(), 1e-6);
        assertEquals(31, kept.get(1).centroidX(), 1e-4, "an object 11 px away overlaps little and stays");
    }
}
