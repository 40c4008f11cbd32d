package org.ctcreview.pipeline;

import java.util.List;
import org.ctcreview.segment.Segmenter;

/** Which segmenter finds cells during import, and on which channels (in order; CK first by default). */
public record CellFinder(Segmenter segmenter, List<String> channels) {
    public static final List<String> DEFAULT_CHANNELS = List.of("CK", "DAPI");

    public CellFinder {
        channels = List.copyOf(channels);
    }

    public static CellFinder of(Segmenter segmenter) {
        return new CellFinder(segmenter, DEFAULT_CHANNELS);
    }
}
