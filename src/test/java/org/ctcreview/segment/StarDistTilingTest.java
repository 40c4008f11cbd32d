package org.ctcreview.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ctcreview.io.CellTracksCartridge;
import org.ctcreview.io.CellTracksReader;
import org.ctcreview.io.ReaderOptions;
import org.ctcreview.model.FrameImage;
import org.ctcreview.model.Segmentation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tiling on a real (generated) frame: skipping empty tiles loses nothing; an all-black frame is no problem. */
class StarDistTilingTest {
    private static StarDistSegmenter skipping;
    private static StarDistSegmenter full;

    @BeforeAll
    static void load() {
        Path model = ModelsForTests.stardist();
        skipping = StarDistSegmenter.load(model, StarDistSegmenter.TilingOptions.defaults());
        full = StarDistSegmenter.load(model, StarDistSegmenter.TilingOptions.defaults().withoutSkipping());
    }

    @AfterAll
    static void close() {
        skipping.close();
        full.close();
    }

    /** A real frame whose right part (x >= 640) is flat background, so the tiles there hold nothing. */
    private static float[] halfEmpty(float[] plane, int width) {
        float[] sorted = plane.clone();
        java.util.Arrays.sort(sorted);
        float median = sorted[sorted.length / 2];
        float[] out = plane.clone();
        for (int i = 0; i < out.length; i++) {
            if (i % width >= 640) {
                out[i] = median;
            }
        }
        return out;
    }

    @Test
    void skippingEmptyTilesDropsNoObject() {
        CellTracksCartridge c = CellTracksReader.open(Path.of("sample-data/P001"), ReaderOptions.defaults());
        int objects = 0;
        for (int frame : new int[] {4}) {
            FrameImage img = c.readFrame(c.frames().get(frame - 1)).image();
            for (String ch : List.of("CK", "DAPI")) {
                float[] plane = halfEmpty(img.planes()[img.channelIndex(ch)], img.width());
                Segmentation a = full.segment(plane, img.width(), img.height());
                Segmentation b = skipping.segment(plane, img.width(), img.height());
                int[] la = PolygonRaster.labels(a.objects(), img.width(), img.height());
                int[] lb = PolygonRaster.labels(b.objects(), img.width(), img.height());
                InstanceMatching.Score s = InstanceMatching.score(la, lb, 0.99).get(0);
                assertEquals(a.objects().size(), b.objects().size(), "frame " + frame + " " + ch);
                assertEquals(a.objects().size(), s.tp(), "every object found again, same outline: " + ch);
                objects += a.objects().size();
            }
        }
        assertTrue(objects > 50, "the frames hold objects: " + objects);
        long[] tiles = skipping.tileCounts();
        assertTrue(tiles[1] > 0, "some tiles were skipped: " + tiles[0] + " run, " + tiles[1] + " skipped");
    }

    @Test
    void allBlackFrameGivesNoObjects() {
        Segmentation s = skipping.segment(new float[1036 * 1384], 1384, 1036);
        assertEquals(0, s.objects().size());
        Segmentation t = full.segment(new float[300 * 200], 300, 200);
        assertTrue(t.objects().isEmpty());
    }
}
