package org.ctcreview.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ctcreview.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latent map of the reference method: UMAP of the cell vectors to 2-D, HDBSCAN on the positions, a
 * convex-hull outline per cluster. Holds the map and the two models that place new cells on it
 * ({@link #place}). Build one with {@link #build}, or rebuild the models of a stored map with {@link #restore}.
 */
public final class LatentMap {
    private static final Logger LOG = LoggerFactory.getLogger(LatentMap.class);

    private final ClusterMap map;
    private final UmapModel umap;
    private final HdbscanModel hdbscan;

    private LatentMap(ClusterMap map, UmapModel umap, HdbscanModel hdbscan) {
        this.map = map;
        this.umap = umap;
        this.hdbscan = hdbscan;
    }

    public static LatentMap build(long[] cellIds, float[][] vectors, MapOptions options) {
        return build(cellIds, vectors, options, ProgressListener.none());
    }

    /**
     * Maps every cell: {@code vectors[i]} belongs to {@code cellIds[i]} (ids unique; vectors e.g. the cell
     * embeddings or their PCA projection). The same ids, vectors and options give the same map.
     *
     * @throws IllegalArgumentException for empty input, repeated ids, vectors of different lengths or with
     *                                  NaN/infinite values (the message names the row and cell)
     */
    public static LatentMap build(long[] cellIds, float[][] vectors, MapOptions options, ProgressListener progress) {
        Vectors.requireValid(vectors, cellIds, "vectors");
        requireUnique(cellIds);
        UmapFit fit = Umap.fit(vectors, options.umap(), progress);
        HdbscanModel h = Hdbscan.fit(fit.positions(), options.hdbscan(), progress);
        boolean[] fitted = new boolean[cellIds.length];
        for (int i : fit.fitIndices()) {
            fitted[i] = true;
        }
        List<String> notes = new ArrayList<>(fit.notes());
        notes.addAll(h.notes());
        UmapCurve curve = fit.model().curve();
        MapParams params = new MapParams(options.umap(), options.hdbscan(), curve.a(), curve.b(), fit.neighbors(),
                fit.epochs(), fit.fitIndices().length, h.minSamplesUsed(), notes);
        ClusterMap map = new ClusterMap(cellIds.clone(), fit.positions(), h.labels(), fitted,
                clusters(fit.positions(), h), params);
        LOG.info("map of {} cells: {} clusters, {} in the background", cellIds.length, h.clusterCount(),
                h.backgroundCount());
        return new LatentMap(map, fit.model(), h);
    }

    /**
     * The models of a stored map, to place new cells on it: {@code fitVectors[i]} is the vector of
     * {@code map.fittedCellIds()[i]} (the same kind of vector the map was built from). HDBSCAN is re-run on
     * the stored positions (deterministic; ~seconds for 50,000 cells); the map's stored clusters stay as they
     * are, and a difference is logged.
     */
    public static LatentMap restore(ClusterMap map, float[][] fitVectors, ProgressListener progress) {
        long[] fittedIds = map.fittedCellIds();
        if (fitVectors.length != fittedIds.length) {
            throw new IllegalArgumentException("the map was fitted on " + fittedIds.length + " cells but "
                    + fitVectors.length + " vectors were given");
        }
        Vectors.requireValid(fitVectors, fittedIds, "fitted vectors");
        Points2d fitPos = Points2d.of(fittedIds.length);
        for (int i = 0, j = 0; i < map.size(); i++) {
            if (map.fitted()[i]) {
                fitPos.x()[j] = map.positions().x()[i];
                fitPos.y()[j++] = map.positions().y()[i];
            }
        }
        UmapModel u = UmapModel.of(fitVectors, fitPos, map.params().umap());
        HdbscanModel h = Hdbscan.fit(map.positions(), map.params().hdbscan(), progress);
        int differ = 0;
        for (int i = 0; i < map.size(); i++) {
            if (h.labels()[i] != map.clusters()[i]) {
                differ++;
            }
        }
        if (differ > 0) {
            LOG.warn("restored map: HDBSCAN re-run gives another cluster for {} of {} cells; new cells are predicted"
                    + " with the re-run", differ, map.size());
        }
        return new LatentMap(map, u, h);
    }

    public Placement place(float[][] vectors) {
        return place(vectors, ProgressListener.none());
    }

    /** Positions (UMAP transform, the map unchanged) and clusters (HDBSCAN prediction) of new cells. */
    public Placement place(float[][] vectors, ProgressListener progress) {
        Points2d p = umap.transform(vectors, progress);
        return new Placement(p, hdbscan.predict(p));
    }

    public ClusterMap map() {
        return map;
    }

    public UmapModel umap() {
        return umap;
    }

    public HdbscanModel hdbscan() {
        return hdbscan;
    }

    static List<MapCluster> clusters(Points2d positions, HdbscanModel h) {
        List<MapCluster> out = new ArrayList<>();
        if (h.backgroundCount() > 0) {
            out.add(new MapCluster(MapCluster.BACKGROUND, h.backgroundCount(), null));
        }
        int[] sizes = h.clusterSizes();
        for (int c = 0; c < sizes.length; c++) {
            out.add(new MapCluster(c, sizes[c], Outlines.convexHull(positions, h.labels(), c)));
        }
        return out;
    }

    private static void requireUnique(long[] ids) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.length; i++) {
            if (!seen.add(ids[i])) {
                throw new IllegalArgumentException("cell " + ids[i] + " appears twice (row " + i
                        + "); a map holds each cell once");
            }
        }
    }
}
