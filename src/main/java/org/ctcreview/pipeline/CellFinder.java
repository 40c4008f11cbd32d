package org.ctcreview.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctcreview.segment.Segmenter;

/**
 * How cells are found during import: segmentation passes in order, each a channel and the segmenter run
 * on it (CK first, as the reference method does, then DAPI so that CK-negative cells are found too).
 * Closing it closes each segmenter once.
 */
public record CellFinder(List<Pass> passes) implements AutoCloseable {
    public static final List<String> DEFAULT_CHANNELS = List.of("CK", "DAPI");

    /** One channel and the segmenter that runs on it. */
    public record Pass(String channel, Segmenter segmenter) {
    }

    public CellFinder {
        passes = List.copyOf(passes);
    }

    /** The same segmenter on each channel. */
    public static CellFinder of(Segmenter segmenter, List<String> channels) {
        List<Pass> p = new ArrayList<>();
        channels.forEach(c -> p.add(new Pass(c, segmenter)));
        return new CellFinder(p);
    }

    public static CellFinder of(Segmenter segmenter) {
        return of(segmenter, DEFAULT_CHANNELS);
    }

    /** One segmenter for CK and another for DAPI. */
    public static CellFinder of(Segmenter ck, Segmenter dapi) {
        return new CellFinder(List.of(new Pass("CK", ck), new Pass("DAPI", dapi)));
    }

    /** e.g. "stardist:stardist-fluo-ck-v1@CK, classic@DAPI". */
    public String describe() {
        return passes.stream().map(p -> p.segmenter().name() + "@" + p.channel()).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        Set<Segmenter> closed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Pass p : passes) {
            if (closed.add(p.segmenter())) {
                p.segmenter().close();
            }
        }
    }
}
