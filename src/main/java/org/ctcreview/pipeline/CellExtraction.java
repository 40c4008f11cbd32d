package org.ctcreview.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctcreview.io.FrameTiffReader.FrameRead;
import org.ctcreview.io.PageRescale;
import org.ctcreview.model.CellCrop;
import org.ctcreview.model.FrameImage;
import org.ctcreview.model.SegmentedObject;
import org.ctcreview.segment.PolygonRaster;
import org.ctcreview.store.CropRow;

/**
 * Finds the cells of one frame and cuts their crops. The finder's passes run in order (CK first, as the
 * reference method does, then DAPI so that CK-negative cells such as leukocytes are found too); an object
 * mostly covered by one found earlier is the same cell and is dropped. Crops are 48 x 48, centred on the object's box and shifted inward at frame borders; they keep the
 * original 8-bit DAPI, CK, CD45 samples plus a mask plane (lossless; the page rescale is stored with them).
 */
public final class CellExtraction {
    public static final List<String> CROP_CHANNELS = List.of("DAPI", "CK", "CD45");
    private static final double SAME_CELL_OVERLAP = 0.3;

    private CellExtraction() {
    }

    /** A found cell: its outline, the pass that found it ("segmenter@channel"), and its crop. */
    public record ExtractedCell(SegmentedObject object, String channel, String foundBy, CropRow crop) {
    }

    public static List<ExtractedCell> extract(FrameRead read, CellFinder finder) {
        FrameImage img = read.image();
        int w = img.width();
        int h = img.height();
        List<SegmentedObject> kept = new ArrayList<>();
        List<CellFinder.Pass> foundIn = new ArrayList<>();
        int[] covered = null;
        List<CellFinder.Pass> passes = finder.passes();
        for (int k = 0; k < passes.size(); k++) {
            CellFinder.Pass pass = passes.get(k);
            int c = channel(img, pass.channel());
            List<SegmentedObject> found = pass.segmenter().segment(img.planes()[c], w, h).objects();
            for (SegmentedObject o : found) {
                if (covered == null || overlap(o, covered, w, h) < SAME_CELL_OVERLAP) {
                    kept.add(o);
                    foundIn.add(pass);
                }
            }
            if (k + 1 < passes.size()) {
                covered = PolygonRaster.labels(kept, w, h);
            }
        }
        List<ExtractedCell> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            CellFinder.Pass p = foundIn.get(i);
            out.add(new ExtractedCell(kept.get(i), p.channel(), p.segmenter().name() + "@" + p.channel(),
                    crop(read, kept.get(i))));
        }
        return out;
    }

    private static double overlap(SegmentedObject o, int[] covered, int w, int h) {
        boolean[] m = PolygonRaster.mask(o.polygon(), o.bboxX(), o.bboxY(), o.bboxWidth(), o.bboxHeight());
        int in = 0;
        int all = 0;
        for (int r = 0; r < o.bboxHeight(); r++) {
            int y = o.bboxY() + r;
            for (int c = 0; c < o.bboxWidth(); c++) {
                int x = o.bboxX() + c;
                if (m[r * o.bboxWidth() + c] && x >= 0 && y >= 0 && x < w && y < h) {
                    all++;
                    if (covered[y * w + x] != 0) {
                        in++;
                    }
                }
            }
        }
        return all == 0 ? 1 : in / (double) all;
    }

    static CropRow crop(FrameRead read, SegmentedObject o) {
        FrameImage img = read.image();
        int size = CellCrop.DEFAULT_SIZE;
        int x0 = CellCrop.windowStart(o.bboxX() + o.bboxWidth() / 2.0, img.width(), size);
        int y0 = CellCrop.windowStart(o.bboxY() + o.bboxHeight() / 2.0, img.height(), size);
        int plane = size * size;
        byte[] data = new byte[(CROP_CHANNELS.size() + 1) * plane];
        List<Map<String, Object>> scaling = new ArrayList<>();
        for (int k = 0; k < CROP_CHANNELS.size(); k++) {
            int c = channel(img, CROP_CHANNELS.get(k));
            byte[] page = read.pages8()[c];
            for (int r = 0; r < size; r++) {
                int y = y0 + r;
                if (y < 0 || y >= img.height()) {
                    continue;
                }
                for (int col = 0; col < size; col++) {
                    int x = x0 + col;
                    if (x >= 0 && x < img.width()) {
                        data[k * plane + r * size + col] = page[y * img.width() + x];
                    }
                }
            }
            PageRescale pr = read.rescale().get(c);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("channel", CROP_CHANNELS.get(k));
            s.put("low", pr.low());
            s.put("high", pr.high());
            s.put("max8bit", pr.maxValue());
            scaling.add(s);
        }
        boolean[] mask = PolygonRaster.mask(o.polygon(), x0, y0, size, size);
        int base = CROP_CHANNELS.size() * plane;
        for (int i = 0; i < plane; i++) {
            data[base + i] = mask[i] ? (byte) 1 : 0;
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("channels", List.of("DAPI", "CK", "CD45", "MASK"));
        meta.put("x0", x0);
        meta.put("y0", y0);
        meta.put("rescale", scaling);
        meta.put("formula", "intensity = low + v * (high - low) / max8bit");
        return CropRow.u8(size, size, CROP_CHANNELS.size() + 1, data, CartridgeImport.json(meta));
    }

    private static int channel(FrameImage img, String name) {
        int c = img.channelIndex(name);
        if (c < 0) {
            throw new IllegalArgumentException("frame " + img.frameNumber() + " has no " + name + " channel " + img.channels());
        }
        return c;
    }
}
