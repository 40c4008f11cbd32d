package org.ctcreview.model;

import java.util.List;

/** The objects a segmenter found in one {@code width x height} image. */
public record Segmentation(int width, int height, List<SegmentedObject> objects) {
    public Segmentation {
        objects = List.copyOf(objects);
    }
}
