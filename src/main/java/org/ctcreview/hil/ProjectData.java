package org.ctcreview.hil;

import java.util.HashMap;
import java.util.Map;
import org.ctcreview.cluster.ClusterMap;
import org.ctcreview.cluster.MapOptions;
import org.ctcreview.store.Embeddings;
import org.ctcreview.store.Project;
import org.ctcreview.task.ProgressListener;

/**
 * What the loop needs from a project: the embeddings of the newest encoder version and its map (built, or
 * extended with newly embedded cells, by {@link MapUpdate}).
 */
public record ProjectData(long encoderVersionId, Map<Long, float[]> features, Map<Long, Integer> clusters,
                          ClusterMap map, boolean mapBuilt) {

    public static ProjectData load(Project project, MapOptions mapOptions, ProgressListener progress) {
        MapUpdate.Result r = MapUpdate.run(project, mapOptions, false, progress);
        Embeddings.Matrix m = r.embeddings();
        Map<Long, float[]> features = new HashMap<>(m.size() * 2);
        for (int i = 0; i < m.size(); i++) {
            features.put(m.cellIds()[i], m.vectors()[i]);
        }
        ClusterMap map = r.map();
        Map<Long, Integer> clusters = new HashMap<>(map.size() * 2);
        for (int i = 0; i < map.size(); i++) {
            clusters.put(map.cellIds()[i], map.clusters()[i]);
        }
        return new ProjectData(r.encoderVersionId(), features, clusters, map, r.built());
    }
}
