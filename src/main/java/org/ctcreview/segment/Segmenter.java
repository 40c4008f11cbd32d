package org.ctcreview.segment;

import org.ctcreview.model.ModelProvenance;
import org.ctcreview.model.Segmentation;

/** Finds objects in one channel of an image. Implementations: StarDist through DJL, and the classic baseline. */
public interface Segmenter extends AutoCloseable {

    /** Short name used in the CLI and stored with each cell ("stardist", "classic"). */
    String name();

    /** What this segmenter is, for provenance: recorded with every import that uses it. */
    ModelProvenance provenance();

    /** Segments a row-major {@code width x height} plane of intensities. */
    Segmentation segment(float[] plane, int width, int height);

    @Override
    default void close() {
        // nothing to release by default
    }
}
