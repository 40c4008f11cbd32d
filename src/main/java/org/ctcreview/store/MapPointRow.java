package org.ctcreview.store;

/**
 * One cell on a latent map: its map position, its cluster (-1 = the background, "no cluster") and whether
 * the map's UMAP layout was fitted on it (false: placed by transform).
 */
public record MapPointRow(long cellId, float x, float y, int cluster, boolean fitted) {
}
