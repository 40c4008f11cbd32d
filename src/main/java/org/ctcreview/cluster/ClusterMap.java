package org.ctcreview.cluster;

import java.util.List;

/**
 * A latent map: per cell (in input order) its map position, its cluster (-1 = background) and whether the
 * UMAP layout was fitted on it (false: placed by transform); the clusters with sizes and outlines (the
 * background first when there is one, then 0, 1, ...); and the parameters. Arrays are shared, not copied.
 */
public record ClusterMap(long[] cellIds, Points2d positions, int[] clusters, boolean[] fitted,
                         List<MapCluster> clusterList, MapParams params) {
    public ClusterMap {
        int n = cellIds.length;
        if (positions.size() != n || clusters.length != n || fitted.length != n) {
            throw new IllegalArgumentException("a map needs one position, cluster and fit flag per cell (" + n
                    + " cells, " + positions.size() + " positions, " + clusters.length + " clusters, "
                    + fitted.length + " flags)");
        }
        clusterList = List.copyOf(clusterList);
    }

    public int size() {
        return cellIds.length;
    }

    public long seed() {
        return params.umap().seed();
    }

    /** The number of clusters, the background not counted. */
    public int clusterCount() {
        return (int) clusterList.stream().filter(c -> !c.isBackground()).count();
    }

    /** The cells the UMAP layout was fitted on, in map order: whose vectors {@link LatentMap#restore} needs. */
    public long[] fittedCellIds() {
        int count = 0;
        for (boolean f : fitted) {
            if (f) {
                count++;
            }
        }
        long[] ids = new long[count];
        for (int i = 0, j = 0; i < cellIds.length; i++) {
            if (fitted[i]) {
                ids[j++] = cellIds[i];
            }
        }
        return ids;
    }
}
