package org.ctcreview.hil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctcreview.cluster.ClusterMap;
import org.ctcreview.cluster.LatentMap;
import org.ctcreview.cluster.MapCluster;
import org.ctcreview.cluster.MapOptions;
import org.ctcreview.cluster.Outlines;
import org.ctcreview.cluster.Placement;
import org.ctcreview.cluster.Points2d;
import org.ctcreview.cluster.StoredMaps;
import org.ctcreview.model.BadInputException;
import org.ctcreview.store.Embeddings;
import org.ctcreview.store.Project;
import org.ctcreview.task.ProgressListener;

/**
 * Keeps the project's map of the newest encoder version current: builds and stores it when there is none (or
 * the options changed, or a rebuild is asked for); otherwise places cells embedded since (a newly imported
 * patient) on the stored map without refitting (UMAP transform, HDBSCAN prediction), as umap-learn does, and
 * stores the extended map as a new map. The map input is the 128-d embeddings, as in the reference.
 */
public final class MapUpdate {
    private MapUpdate() {
    }

    /** What happened: the map now in force, whether it was built anew, and how many cells were placed on it. */
    public record Result(long encoderVersionId, long mapId, ClusterMap map, boolean built, int placed,
                         Embeddings.Matrix embeddings) {
    }

    public static Result run(Project project, MapOptions options, boolean rebuild, ProgressListener progress) {
        long version = EncoderData.newestVersion(project);
        progress.update(0, 1, "reading embeddings");
        Embeddings.Matrix m = project.embeddings().matrix(version);
        ClusterMap stored = rebuild ? null : StoredMaps.latest(project, version)
                .filter(map -> map.params().hdbscan().equals(options.hdbscan()) && map.seed() == options.seed())
                .orElse(null);
        if (stored == null) {
            ClusterMap map = LatentMap.build(m.cellIds(), m.vectors(), options, progress).map();
            return new Result(version, StoredMaps.save(project, version, map), map, true, 0, m);
        }
        Map<Long, Integer> row = new HashMap<>();
        for (int i = 0; i < m.size(); i++) {
            row.put(m.cellIds()[i], i);
        }
        Set<Long> onMap = new HashSet<>();
        for (long id : stored.cellIds()) {
            onMap.add(id);
        }
        List<Long> fresh = new ArrayList<>();
        for (long id : m.cellIds()) {
            if (!onMap.contains(id)) {
                fresh.add(id);
            }
        }
        if (fresh.isEmpty()) {
            return new Result(version, project.maps().latest(version).orElseThrow().id(), stored, false, 0, m);
        }
        long[] fittedIds = stored.fittedCellIds();
        float[][] fitVectors = new float[fittedIds.length][];
        for (int i = 0; i < fittedIds.length; i++) {
            Integer r = row.get(fittedIds[i]);
            if (r == null) {
                throw new BadInputException(project.databaseFile(), "cell " + fittedIds[i] + " of the stored map has no"
                        + " embedding any more", "rebuild the map: ctc map --project " + project.dir() + " --rebuild");
            }
            fitVectors[i] = m.vectors()[r];
        }
        float[][] newVectors = new float[fresh.size()][];
        for (int i = 0; i < newVectors.length; i++) {
            newVectors[i] = m.vectors()[row.get(fresh.get(i))];
        }
        Placement placed = LatentMap.restore(stored, fitVectors, progress).place(newVectors, progress);
        ClusterMap extended = extend(stored, fresh, placed);
        return new Result(version, StoredMaps.save(project, version, extended), extended, false, fresh.size(), m);
    }

    /** The stored map plus placed cells (not fitted); cluster sizes and outlines recomputed over all cells. */
    static ClusterMap extend(ClusterMap map, List<Long> ids, Placement placed) {
        int n = map.size() + ids.size();
        long[] cellIds = new long[n];
        Points2d pos = Points2d.of(n);
        int[] clusters = new int[n];
        boolean[] fitted = new boolean[n];
        for (int i = 0; i < map.size(); i++) {
            cellIds[i] = map.cellIds()[i];
            pos.x()[i] = map.positions().x()[i];
            pos.y()[i] = map.positions().y()[i];
            clusters[i] = map.clusters()[i];
            fitted[i] = map.fitted()[i];
        }
        for (int j = 0; j < ids.size(); j++) {
            int i = map.size() + j;
            cellIds[i] = ids.get(j);
            pos.x()[i] = placed.positions().x()[j];
            pos.y()[i] = placed.positions().y()[j];
            clusters[i] = placed.clusters()[j];
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int c : clusters) {
            sizes.merge(c, 1, Integer::sum);
        }
        List<MapCluster> list = new ArrayList<>();
        for (MapCluster c : map.clusterList()) {
            int size = sizes.getOrDefault(c.id(), 0);
            list.add(new MapCluster(c.id(), size, c.isBackground() ? null : Outlines.convexHull(pos, clusters, c.id())));
        }
        return new ClusterMap(cellIds, pos, clusters, fitted, list, map.params());
    }
}
