package org.ctcreview.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embeddings written inside an import round-trip per (cell, model version); versions are reused by hash. */
class EmbeddingStoreTest {
    private static final ModelVersionRow ENCODER = new ModelVersionRow("encoder", "encoder:xcit", "/m/model.pt",
            "a".repeat(64), "{\"input\":{\"size\":48}}", "{\"seed\":0}", null);
    @TempDir
    Path tmp;

    private static float[] vector(long cell, int dim) {
        float[] v = new float[dim];
        for (int i = 0; i < dim; i++) {
            v[i] = cell * 1000 + i + 0.25f;
        }
        return v;
    }

    @Test
    void embeddingsOfAnImportRoundTripAndAreKeyedByCellAndModelVersion() {
        try (Project p = Project.open(tmp.resolve("proj"))) {
            long version;
            Fixtures.Imported imported;
            try (ImportTransaction tx = p.beginImport()) {
                imported = Fixtures.addCartridge(tx, "P1", 0, 5, new java.util.Random(1));
                version = tx.addModelVersion(ENCODER);
                assertEquals(version, tx.addModelVersion(ENCODER), "same kind, name and hash: the same row");
                long[] ids = imported.cellIds().subList(0, 3).stream().mapToLong(Long::longValue).toArray();
                float[][] v = {vector(ids[0], 128), vector(ids[1], 128), vector(ids[2], 128)};
                tx.addEmbeddings(version, ids, v);
                tx.commit();
            }
            List<Long> cells = imported.cellIds();
            Embeddings e = p.embeddings();
            assertEquals(3, e.count(version));
            Embeddings.Matrix m = e.matrix(version);
            assertArrayEquals(new long[] {cells.get(0), cells.get(1), cells.get(2)}, m.cellIds());
            assertEquals(128, m.dim());
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(vector(cells.get(i), 128), m.vectors()[i]);
            }
            assertEquals(cells.subList(3, 5), e.cellsWithoutEmbedding(version));
            assertEquals(cells, e.cellsWithCrops());

            ModelVersionRow stored = p.modelVersions().get(version).orElseThrow().row();
            assertEquals(ENCODER, stored);

            long other;
            try (ImportTransaction tx = p.beginImport()) {
                other = tx.addModelVersion(new ModelVersionRow("encoder", "encoder:xcit", "/m/model.pt", "b".repeat(64),
                        "{}", "{}", null));
                assertNotEquals(version, other, "another file hash is another version");
                tx.addEmbeddings(other, new long[] {cells.get(4)}, new float[][] {vector(9, 16)});
                tx.commit();
            }
            assertEquals(cells.subList(0, 4), e.cellsWithoutEmbedding(other));
            assertEquals(3, e.count(version), "the first version's embeddings are kept");
            assertEquals(4, p.summary().embeddings());
            assertEquals(0, e.matrix(999).size());
        }
    }

    @Test
    void embeddingsOfAnImportThatIsNotCommittedAreNotStored() {
        try (Project p = Project.open(tmp.resolve("proj"))) {
            try (ImportTransaction tx = p.beginImport()) {
                Fixtures.Imported imported = Fixtures.addCartridge(tx, "P1", 0, 2, new java.util.Random(1));
                long version = tx.addModelVersion(ENCODER);
                tx.addEmbeddings(version, new long[] {imported.cellIds().get(0)}, new float[][] {vector(1, 8)});
            }
            assertEquals(0, p.summary().embeddings());
            assertEquals(0, p.summary().modelVersions());
            assertTrue(p.embeddings().cellsWithCrops().isEmpty());
        }
    }
}
