package org.ctcreview.cluster;

import java.util.List;

/**
 * What a map was made with, stored as its params_json: the options, and the values derived from them
 * (a and b of the UMAP curve, the neighbourhood size and epochs used, how many points the layout was fitted
 * on) plus notes on fallbacks.
 */
public record MapParams(UmapOptions umap, HdbscanOptions hdbscan, double a, double b, int neighbors, int epochs,
                        int fitPoints, int minSamplesUsed, List<String> notes) {
    public MapParams {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public MapOptions options() {
        return new MapOptions(umap, hdbscan);
    }
}
