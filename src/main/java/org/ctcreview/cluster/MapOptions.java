package org.ctcreview.cluster;

/** Settings of a latent map: UMAP then HDBSCAN on its positions. */
public record MapOptions(UmapOptions umap, HdbscanOptions hdbscan) {
    public MapOptions {
        if (umap == null || hdbscan == null) {
            throw new IllegalArgumentException("a map needs UMAP and HDBSCAN options");
        }
    }

    /** The reference method's settings (see {@link UmapOptions#defaults()}, {@link HdbscanOptions#defaults()}). */
    public static MapOptions defaults() {
        return new MapOptions(UmapOptions.defaults(), HdbscanOptions.defaults());
    }

    public MapOptions withSeed(long seed) {
        return new MapOptions(umap.withSeed(seed), hdbscan);
    }

    public long seed() {
        return umap.seed();
    }
}
