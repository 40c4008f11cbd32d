package org.ctcreview.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ctcreview.model.CellSearchEvent;
import org.ctcreview.model.FrameImage;
import org.ctcreview.model.GridLayout;

/** Small cartridges written with our writer, for reader tests. */
public final class CartridgeFixtures {
    public static final List<String> CHANNELS = CellTracksFormat.STANDARD_CHANNELS;

    private CartridgeFixtures() {
    }

    public static GridLayout smallLayout() {
        return new GridLayout(2, 3, 64, 48);
    }

    public static FrameImage frame(GridLayout layout, int number, long seed) {
        SplittableRandom r = new SplittableRandom(seed * 1000 + number);
        float[][] planes = new float[CHANNELS.size()][layout.frameWidth() * layout.frameHeight()];
        for (int c = 0; c < planes.length; c++) {
            float base = 80 + 20 * c;
            for (int i = 0; i < planes[c].length; i++) {
                planes[c][i] = base + (float) r.nextDouble(0, 30);
            }
            planes[c][(number * 7 + c) % planes[c].length] = 3000 + c * 100;
        }
        return new FrameImage(number, layout.frameWidth(), layout.frameHeight(), CHANNELS, planes);
    }

    /** A 2 x 2 grid of 160 x 120 frames, each with two cells the classic segmenter finds (for embedding tests). */
    public static GridLayout cellLayout() {
        return new GridLayout(2, 2, 160, 120);
    }

    /**
     * A frame of {@link #frame} noise with two round cells: a CTC-like one (DAPI nucleus in a larger CK body) and a
     * leukocyte-like one (DAPI + CD45), placed by the frame number.
     */
    public static FrameImage frameWithCells(GridLayout layout, int number) {
        FrameImage f = frame(layout, number, 3);
        float[][] p = f.planes();
        int x1 = 40 + 7 * number;
        int x2 = 110 - 5 * number;
        disc(p[0], layout.frameWidth(), x1, 40, 6, 2500);
        disc(p[2], layout.frameWidth(), x1, 40, 11, 3000);
        disc(p[0], layout.frameWidth(), x2, 85, 6, 2200);
        disc(p[3], layout.frameWidth(), x2, 85, 9, 1800);
        return f;
    }

    private static void disc(float[] plane, int width, int cx, int cy, int r, float value) {
        for (int y = cy - r; y <= cy + r; y++) {
            for (int x = cx - r; x <= cx + r; x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                    plane[y * width + x] = value;
                }
            }
        }
    }

    /** Writes a cartridge of {@link #cellLayout} frames with cells, and events. */
    public static Path writeWithCells(Path dir) {
        GridLayout layout = cellLayout();
        CellTracksWriter w = CellTracksWriter.create(dir, layout, CHANNELS, CellTracksWriter.Options.defaults());
        for (int f = 1; f <= layout.frameCount(); f++) {
            w.writeFrame(frameWithCells(layout, f));
        }
        w.writeEventsXml(events(layout));
        return dir;
    }

    public static List<CellSearchEvent> events(GridLayout layout) {
        List<CellSearchEvent> out = new ArrayList<>();
        for (int f = 1; f <= layout.frameCount(); f++) {
            double x = layout.toCartridgeX(f, 10);
            double y = layout.toCartridgeY(f, 12);
            out.add(new CellSearchEvent(100 + f, f, x, y, x + 20, y + 20, f % 2 == 0, f % 3));
        }
        return out;
    }

    public static Path write(Path dir, GridLayout layout, CellTracksWriter.Options options) {
        CellTracksWriter w = CellTracksWriter.create(dir, layout, CHANNELS, options);
        for (int f = 1; f <= layout.frameCount(); f++) {
            w.writeFrame(frame(layout, f, 1));
        }
        w.writeEventsXml(events(layout));
        return dir;
    }
}
