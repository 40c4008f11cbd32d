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
