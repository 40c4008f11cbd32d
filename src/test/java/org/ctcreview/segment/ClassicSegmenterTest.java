package org.ctcreview.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ctcreview.model.Segmentation;
import org.ctcreview.model.SegmentedObject;
import org.junit.jupiter.api.Test;

class ClassicSegmenterTest {

    @Test
    void findsSeparateAndTouchingDiscsOnANoisyBackground() {
        int w = 200;
        int h = 160;
        float[] img = new float[w * h];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < img.length; i++) {
            img[i] = 100 + (float) r.nextGaussian() * 5;
        }
        List<SegmentedObject> truth = new ArrayList<>();
        double[][] centres = {{30, 30, 8}, {100, 40, 10}, {160, 120, 7}, {60, 110, 9}, {77, 110, 9}};
        for (double[] c : centres) {
            float[] d = new float[32];
            java.util.Arrays.fill(d, (float) c[2]);
            truth.add(SegmentedObject.ofPolygon(StarPolygons.polygon(c[0], c[1], d), 1));
        }
        int[] truthLabels = PolygonRaster.labels(truth, w, h);
        for (int i = 0; i < img.length; i++) {
            if (truthLabels[i] > 0) {
                img[i] += 900;
            }
        }
        Segmentation s = ClassicSegmenter.withDefaults().segment(img, w, h);
        int[] pred = PolygonRaster.labels(s.objects(), w, h);
        InstanceMatching.Score score = InstanceMatching.score(truthLabels, pred, 0.5).get(0);
        assertEquals(5, s.objects().size(), "the touching pair is split by the watershed");
        assertTrue(score.ap() >= 0.99, "AP " + score.ap());
    }

    @Test
    void emptyImageGivesNoObjectsAndNoCrash() {
        Segmentation s = ClassicSegmenter.withDefaults().segment(new float[64 * 48], 64, 48);
        assertTrue(s.objects().size() <= 1);
    }
}
