package org.ctcreview.hil;

import java.util.HashMap;
import java.util.Map;
import org.ctcreview.cluster.ClusterMap;
import org.ctcreview.cluster.LatentMap;
import org.ctcreview.cluster.MapOptions;
import org.ctcreview.cluster.StoredMaps;
import org.ctcreview.learn.Pca;
import org.ctcreview.model.BadInputException;
import org.ctcreview.store.Embeddings;
import org.ctcreview.store.Project;
import org.ctcreview.task.ProgressListener;

/**
 * What the loop needs from a project: the embeddings of the newest encoder version and the latest map of that
 * version (built and stored when there is none yet).
 */
public record ProjectData(long encoderVersionId, Map<Long, float[]> features, Map<Long, Integer> clusters,
                          ClusterMap map, boolean mapBuilt) {

    public static ProjectData load(Project project, MapOptions mapOptions, ProgressListener progress) {
        long version = project.modelVersions().newestEncoderWithEmbeddings().orElseThrow(() -> new BadInputException(
                project.databaseFile(), "has no cell embeddings", "run ctc embed --project " + project.dir()));
        progress.update(0, 1, "reading embeddings");
        Embeddings.Matrix m = project.embeddings().matrix(version);
        Map<Long, float[]> features = new HashMap<>(m.size() * 2);
        for (int i = 0; i < m.size(); i++) {
            features.put(m.cellIds()[i], m.vectors()[i]);
        }
        ClusterMap map = StoredMaps.latest(project, version).orElse(null);
        boolean built = false;
        if (map == null || map.size() < m.size() || !sameOptions(map, mapOptions)) {
            map = LatentMap.build(m.cellIds(), mapInput(m.vectors()), mapOptions, progress).map();
            StoredMaps.save(project, version, map);
            built = true;
        }
        Map<Long, Integer> clusters = new HashMap<>(map.size() * 2);
        for (int i = 0; i < map.size(); i++) {
            clusters.put(map.cellIds()[i], map.clusters()[i]);
        }
        return new ProjectData(version, features, clusters, map, built);
    }

    /** Cells per PCA fit when projecting the map input (a seeded subsample above that). */
    static final int PCA_FIT_CELLS = 20_000;

    /**
     * The map is built on the PCA-32 projection of the embeddings (fitted on up to 20,000 cells, every 
     * k-th cell), the same 32-d space the classifier works in; the neighbour search costs a quarter of 128-d.
     */
    static float[][] mapInput(float[][] embeddings) {
        int step = Math.max(1, embeddings.length / PCA_FIT_CELLS);
        float[][] sample = new float[(embeddings.length + step - 1) / step][];
        for (int i = 0, j = 0; i < embeddings.length; i += step) {
            sample[j++] = embeddings[i];
        }
        Pca pca = Pca.fit(sample, Pca.DEFAULT_COMPONENTS);
        double[][] proj = pca.project(embeddings);
        float[][] out = new float[proj.length][];
        for (int i = 0; i < proj.length; i++) {
            out[i] = new float[proj[i].length];
            for (int k = 0; k < proj[i].length; k++) {
                out[i][k] = (float) proj[i][k];
            }
        }
        return out;
    }

    private static boolean sameOptions(ClusterMap map, MapOptions options) {
        return map.params().hdbscan().equals(options.hdbscan()) && map.seed() == options.seed();
    }
}
