package org.ctcreview.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ctcreview.io.FrameTiffReader.FrameRead;
import org.ctcreview.io.PageRescale;
import org.ctcreview.model.FrameImage;
import org.ctcreview.segment.ClassicSegmenter;
import org.ctcreview.store.CropRow;
import org.junit.jupiter.api.Test;

class CellExtractionTest {
    private static final List<String> CH = List.of("DAPI", "FITC", "CK", "CD45");
    private static final int W = 240;
    private static final int H = 160;

    /** 8-bit pages with discs: a CTC (DAPI core + larger CK body), a WBC (DAPI + CD45), a tdEV (CK dot) at the border. */
    private static FrameRead frame() {
        byte[][] pages = new byte[4][W * H];
        for (byte[] p : pages) {
            java.util.Arrays.fill(p, (byte) 10);
        }
        disc(pages[0], 60, 60, 6, 200);
        disc(pages[2], 60, 60, 11, 220);
        disc(pages[0], 150, 80, 6, 180);
        disc(pages[3], 150, 80, 8, 150);
        disc(pages[2], 236, 150, 3, 250);
        float[][] planes = new float[4][W * H];
        List<PageRescale> rescale = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            PageRescale r = new PageRescale(CH.get(c), 100, 1100 + 100 * c, 255, true);
            rescale.add(r);
            for (int i = 0; i < W * H; i++) {
                planes[c][i] = r.intensity(pages[c][i] & 0xff);
            }
        }
        return new FrameRead(new FrameImage(1, W, H, CH, planes), rescale, 4, pages);
    }

    private static void disc(byte[] page, int cx, int cy, int r, int value) {
        for (int y = cy - r; y <= cy + r; y++) {
            for (int x = cx - r; x <= cx + r; x++) {
                if (x >= 0 && y >= 0 && x < W && y < H && (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                    page[y * W + x] = (byte) value;
                }
            }
        }
    }

    @Test
    void ckAndDapiFindsAreMergedIntoOneCellEach() {
        List<CellExtraction.ExtractedCell> cells = CellExtraction.extract(frame(),
                CellFinder.of(ClassicSegmenter.withDefaults()));
        assertEquals(3, cells.size(), "CTC found once (in CK), WBC in DAPI, tdEV in CK");
        assertEquals(2, cells.stream().filter(c -> c.channel().equals("CK")).count());
        CellExtraction.ExtractedCell wbc = cells.stream().filter(c -> c.channel().equals("DAPI")).findFirst().orElseThrow();
        assertEquals(150, wbc.object().centroidX(), 1.0);
        assertEquals(80, wbc.object().centroidY(), 1.0);
    }

    @Test
    void cropsKeepTheOriginal8BitSamplesAndAMaskAndShiftInwardAtBorders() {
        FrameRead f = frame();
        List<CellExtraction.ExtractedCell> cells = CellExtraction.extract(f,
                CellFinder.of(ClassicSegmenter.withDefaults()));
        CellExtraction.ExtractedCell ctc = cells.stream()
                .filter(c -> Math.abs(c.object().centroidX() - 60) < 2).findFirst().orElseThrow();
        CropRow crop = ctc.crop();
        assertEquals(48, crop.width());
        assertEquals(4, crop.channels());
        int plane = 48 * 48;
        int centre = 24 * 48 + 24;
        assertEquals(200, crop.data()[centre] & 0xff, "DAPI sample at the centre, unchanged");
        assertEquals(220, crop.data()[plane + centre] & 0xff, "CK sample");
        assertEquals(10, crop.data()[2 * plane + centre] & 0xff, "CD45 background");
        assertEquals(1, crop.data()[3 * plane + centre], "mask plane marks the object");
        assertEquals(0, crop.data()[3 * plane], "mask is 0 in the corner");
        assertTrue(crop.scalingJson().contains("\"x0\":37") && crop.scalingJson().contains("\"high\":1300"),
                crop.scalingJson());

        CellExtraction.ExtractedCell edge = cells.stream()
                .filter(c -> c.object().centroidX() > 220).findFirst().orElseThrow();
        assertTrue(edge.crop().scalingJson().contains("\"x0\":192") && edge.crop().scalingJson().contains("\"y0\":112"),
                "window shifted inward so it stays inside the frame: " + edge.crop().scalingJson());
    }
}
