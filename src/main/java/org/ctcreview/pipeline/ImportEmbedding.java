package org.ctcreview.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.ctcreview.embed.CellEncoder;
import org.ctcreview.store.CropRow;
import org.ctcreview.store.ImportTransaction;

/**
 * Embeds the cells of an import as they are added, in the import's transaction: crops are buffered and
 * embedded a few batches at a time (so that every encoder thread has work), never all in memory at once.
 */
final class ImportEmbedding {
    private final ImportTransaction tx;
    private final CellEncoder encoder;
    private final long versionId;
    private final int chunk;
    private final List<Long> ids = new ArrayList<>();
    private final List<float[][]> crops = new ArrayList<>();
    private int embedded;

    private ImportEmbedding(ImportTransaction tx, CellEncoder encoder, long versionId) {
        this.tx = tx;
        this.encoder = encoder;
        this.versionId = versionId;
        this.chunk = 4 * encoder.options().batch() * encoder.options().threads();
    }

    /** Records the encoder's model version in {@code tx}; null when there is no encoder (nothing embedded). */
    static ImportEmbedding start(ImportTransaction tx, CellEncoder encoder) {
        return encoder == null ? null : new ImportEmbedding(tx, encoder, EncoderVersions.record(tx, encoder));
    }

    /** Queues one new cell; embeds and stores the queue once it holds a chunk. */
    void add(long cellId, CropRow crop) {
        ids.add(cellId);
        crops.add(CropPlanes.of(crop, encoder.card().channels(), cellId));
        if (crops.size() >= chunk) {
            flush();
        }
    }

    /** Embeds what is queued; returns how many cells were embedded in all. */
    int finish() {
        flush();
        return embedded;
    }

    long versionId() {
        return versionId;
    }

    int embedded() {
        return embedded;
    }

    ImportReport.Embedding report() {
        return new ImportReport.Embedding(encoder.name(), versionId, embedded);
    }

    private void flush() {
        if (crops.isEmpty()) {
            return;
        }
        List<Long> batchIds = List.copyOf(ids);
        float[][] vectors = encoder.embed(crops, i -> "cell " + batchIds.get(i));
        tx.addEmbeddings(versionId, batchIds.stream().mapToLong(Long::longValue).toArray(), vectors);
        embedded += vectors.length;
        ids.clear();
        crops.clear();
    }
}
