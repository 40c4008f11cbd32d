package org.ctcreview.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ctcreview.model.CellSearchEvent;
import org.ctcreview.model.FrameImage;
import org.ctcreview.model.GridLayout;

/**
 * Writes a cartridge folder in CellTracks style: one multipage 8-bit TIFF per frame whose pages carry
 * low/high rescale tags for the 12-bit signal, and an event XML. Frames may be written from several
 * threads at once (each call writes its own file).
 */
public final class CellTracksWriter {
    private final Path dir;
    private final GridLayout layout;
    private final List<String> channels;
    private final Options options;

    /** {@code deflate} compresses pages (small sample data); {@code highTagOffset} adds 32768 to high tags. */
    public record Options(boolean deflate, boolean highTagOffset) {
        public static Options defaults() {
            return new Options(false, false);
        }
    }

    private CellTracksWriter(Path dir, GridLayout layout, List<String> channels, Options options) {
        this.dir = dir;
        this.layout = layout;
        this.channels = List.copyOf(channels);
        this.options = options;
    }

    public static CellTracksWriter create(Path cartridgeDir, GridLayout layout, List<String> channels, Options options) {
        try {
            Files.createDirectories(cartridgeDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create cartridge folder " + cartridgeDir + ": " + e.getMessage(), e);
        }
        return new CellTracksWriter(cartridgeDir, layout, channels, options);
    }

    public static String frameFileName(int frameNumber) {
        return CellTracksFormat.frameFileName(frameNumber);
    }

    public Path folder() {
        return dir;
    }

    /** Writes one frame; pixel values are 12-bit intensities and are stretched to 8 bit per page. */
    public void writeFrame(FrameImage frame) {
        if (frame.width() != layout.frameWidth() || frame.height() != layout.frameHeight()) {
            throw new IllegalArgumentException("frame " + frame.frameNumber() + " is " + frame.width() + "x"
                    + frame.height() + ", layout says " + layout.frameWidth() + "x" + layout.frameHeight());
        }
        if (!frame.channels().equals(channels)) {
            throw new IllegalArgumentException("frame channels " + frame.channels() + " differ from " + channels);
        }
        List<TiffPage> pages = new ArrayList<>(channels.size());
        for (int c = 0; c < channels.size(); c++) {
            pages.add(toPage(frame.planes()[c], frame.width(), frame.height(), channels.get(c)));
        }
        TiffFiles.write(dir.resolve(frameFileName(frame.frameNumber())), pages, options.deflate());
    }

    /** Writes the event XML with the run record, the channel names and the events. */
    public void writeEventsXml(List<CellSearchEvent> events) {
        TiffFiles.writeAtomically(dir.resolve(CellTracksFormat.EVENTS_XML),
                EventXmlWriter.toXml(layout, channels, events));
    }

    private TiffPage toPage(float[] plane, int width, int height, String name) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : plane) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int low = clamp((int) Math.floor(min));
        int high = Math.max(low, clamp((int) Math.ceil(max)));
        byte[] samples = new byte[plane.length];
        if (high > low) {
            float scale = 255f / (high - low);
            for (int i = 0; i < plane.length; i++) {
                int v = Math.round((Math.min(Math.max(plane[i], low), high) - low) * scale);
                samples[i] = (byte) v;
            }
        }
        int highTag = options.highTagOffset() ? high + CellTracksFormat.TAG_OFFSET : high;
        return TiffPage.gray8(width, height, samples, name,
                Map.of(CellTracksFormat.DEFAULT_LOW_TAG, low, CellTracksFormat.DEFAULT_HIGH_TAG, highTag));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(CellTracksFormat.MAX_INTENSITY, v));
    }
}
