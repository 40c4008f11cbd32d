package org.ctcreview.store;

/**
 * One cluster of a latent map: its id (-1 = the background), its number of points and its outline in map
 * coordinates (x0, y0, x1, y1, ...; null when it has none, e.g. the background). Stored as outline_json
 * {@code [[x0, y0], [x1, y1], ...]}.
 */
public record MapClusterRow(int cluster, int size, float[] outline) {
    public MapClusterRow {
        if (size < 0) {
            throw new IllegalArgumentException("cluster " + cluster + " has a negative size " + size);
        }
        if (outline != null && outline.length % 2 != 0) {
            throw new IllegalArgumentException("the outline of cluster " + cluster + " has an odd number of values");
        }
    }
}
