package org.ctcreview.cluster;

import java.util.List;

/**
 * The result of {@link Umap#fit}: a position for every input point, the model that places new points, which
 * input rows the layout was fitted on (ascending; every row when no subsample was needed), the neighbourhood
 * size and epochs used, and notes on any fallback taken (e.g. fewer points than n_neighbors).
 */
public record UmapFit(Points2d positions, UmapModel model, int[] fitIndices, int neighbors, int epochs,
                      List<String> notes) {
    public UmapFit {
        notes = List.copyOf(notes);
    }

    /** True when every input point took part in the fit (no subsample). */
    public boolean fittedAll() {
        return fitIndices.length == positions.size();
    }
}
