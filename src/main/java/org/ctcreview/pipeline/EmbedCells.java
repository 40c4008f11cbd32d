package org.ctcreview.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.ctcreview.embed.CellEncoder;
import org.ctcreview.store.CropRow;
import org.ctcreview.store.ImportTransaction;
import org.ctcreview.store.Project;
import org.ctcreview.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeds the cells of a project that have no embedding of the encoder's model version (all cells with
 * {@code force}), in one transaction: a changed model (another file hash or name) is another version, so
 * every cell is embedded again and the old version's embeddings stay. Cancelling leaves the project as it was.
 */
public final class EmbedCells {
    private static final Logger LOG = LoggerFactory.getLogger(EmbedCells.class);

    private EmbedCells() {
    }

    /** What a run did: the encoder and its version, cells embedded now, cells with crops in the project. */
    public record Report(String encoder, long modelVersionId, int embedded, int cellsWithCrops, double seconds) {
        /** Cells that already had an embedding of this version and were left alone. */
        public int skipped() {
            return cellsWithCrops - embedded;
        }
    }

    public static Report run(Project project, CellEncoder encoder, boolean force, ProgressListener progress) {
        long start = System.nanoTime();
        List<Long> all = project.embeddings().cellsWithCrops();
        int embedded = 0;
        long version;
        try (ImportTransaction tx = project.beginImport()) {
            version = EncoderVersions.record(tx, encoder);
            List<Long> todo = force ? all : project.embeddings().cellsWithoutEmbedding(version);
            int chunk = 4 * encoder.options().batch() * encoder.options().threads();
            progress.update(0, todo.size(), "embedding cells with " + encoder.name());
            for (int from = 0; from < todo.size(); from += chunk) {
                progress.checkCancelled();
                List<Long> ids = todo.subList(from, Math.min(todo.size(), from + chunk));
                List<float[][]> crops = new ArrayList<>(ids.size());
                for (long id : ids) {
                    CropRow crop = project.crops().get(id).orElseThrow(
                            () -> new IllegalStateException("cell " + id + " lost its crop while embedding"));
                    crops.add(CropPlanes.of(crop, encoder.card().channels(), id));
                }
                float[][] vectors = encoder.embed(crops, i -> "cell " + ids.get(i));
                tx.addEmbeddings(version, ids.stream().mapToLong(Long::longValue).toArray(), vectors);
                embedded += ids.size();
                progress.update(embedded, todo.size(), "embedding cells with " + encoder.name());
            }
            progress.checkCancelled();
            tx.commit();
        }
        Report r = new Report(encoder.name(), version, embedded, all.size(), (System.nanoTime() - start) / 1e9);
        LOG.info("embedded {} of {} cells with {} (model version {}) in {} s", embedded, all.size(), encoder.name(),
                version, r.seconds());
        return r;
    }
}
