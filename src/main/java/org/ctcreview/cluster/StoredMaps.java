package org.ctcreview.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ctcreview.store.MapClusterRow;
import org.ctcreview.store.MapInfo;
import org.ctcreview.store.MapPointRow;
import org.ctcreview.store.Project;

/**
 * Latent maps in a project: {@link ClusterMap} to and from the maps, map_points and clusters tables
 * ({@link org.ctcreview.store.Maps}). The parameters go to params_json as {@link MapParams}. What placing new
 * cells needs later is stored too: the fitted points' positions and fit flags (their vectors are the model
 * version's vectors, which the caller already keeps); HDBSCAN's prediction is re-derived from the stored
 * positions by {@link LatentMap#restore}.
 */
public final class StoredMaps {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private StoredMaps() {
    }

    /** Stores the map (one transaction) for the model version whose vectors it maps; returns the map id. */
    public static long save(Project project, long modelVersionId, ClusterMap map) {
        List<MapPointRow> points = new ArrayList<>(map.size());
        for (int i = 0; i < map.size(); i++) {
            points.add(new MapPointRow(map.cellIds()[i], map.positions().x()[i], map.positions().y()[i],
                    map.clusters()[i], map.fitted()[i]));
        }
        List<MapClusterRow> clusters = map.clusterList().stream()
                .map(c -> new MapClusterRow(c.id(), c.size(), c.outline())).toList();
        return project.maps().save(modelVersionId, toJson(map.params()), map.seed(), points, clusters);
    }

    /** The newest map of a model version, if any. */
    public static Optional<ClusterMap> latest(Project project, long modelVersionId) {
        return project.maps().latest(modelVersionId).map(info -> read(project, info));
    }

    /** A stored map by id. */
    public static ClusterMap load(Project project, long mapId) {
        MapInfo info = project.maps().get(mapId)
                .orElseThrow(() -> new IllegalArgumentException("no map " + mapId + " in this project"));
        return read(project, info);
    }

    private static ClusterMap read(Project project, MapInfo info) {
        MapParams params = fromJson(info.paramsJson(), info.id());
        List<MapPointRow> rows = project.maps().points(info.id());
        int n = rows.size();
        long[] ids = new long[n];
        Points2d pos = Points2d.of(n);
        int[] clusters = new int[n];
        boolean[] fitted = new boolean[n];
        for (int i = 0; i < n; i++) {
            MapPointRow r = rows.get(i);
            ids[i] = r.cellId();
            pos.x()[i] = r.x();
            pos.y()[i] = r.y();
            clusters[i] = r.cluster();
            fitted[i] = r.fitted();
        }
        List<MapCluster> list = project.maps().clusters(info.id()).stream()
                .map(c -> new MapCluster(c.cluster(), c.size(), c.outline())).toList();
        return new ClusterMap(ids, pos, clusters, fitted, list, params);
    }

    static String toJson(MapParams params) {
        try {
            return JSON.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write map parameters as JSON", e);
        }
    }

    /** The parameters of a stored map; threads are set to this machine's cores (results do not depend on them). */
    static MapParams fromJson(String json, long mapId) {
        try {
            MapParams p = JSON.readValue(json, MapParams.class);
            UmapOptions umap = p.umap().withThreads(Runtime.getRuntime().availableProcessors());
            return new MapParams(umap, p.hdbscan(), p.a(), p.b(), p.neighbors(), p.epochs(), p.fitPoints(),
                    p.minSamplesUsed(), p.notes());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("map " + mapId + ": its params_json is not map parameters of this"
                    + " program (" + e.getMessage() + ")", e);
        }
    }
}
