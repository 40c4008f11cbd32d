package org.ctcreview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cell embeddings per model version, stored as float32 little-endian vectors (one row per cell and version).
 * Writes inside an import go through {@link ImportTransaction#addEmbeddings}.
 */
public final class Embeddings {
    private static final String UPSERT = "INSERT OR REPLACE INTO embeddings (cell_id, model_version_id, dim, vector)"
            + " VALUES (?, ?, ?, ?)";

    private final Db db;

    Embeddings(Db db) {
        this.db = db;
    }

    /** The embeddings of one model version: cell ids in ascending order and one vector per cell. */
    public record Matrix(long[] cellIds, float[][] vectors) {
        public int size() {
            return cellIds.length;
        }

        /** Length of the vectors (0 when there are none). */
        public int dim() {
            return vectors.length == 0 ? 0 : vectors[0].length;
        }
    }

    /** Stores (or replaces) one embedding. */
    public void put(long cellId, long modelVersionId, float[] vector) {
        putAll(modelVersionId, Map.of(cellId, vector));
    }

    /** Stores (or replaces) many embeddings of one model version in one transaction. */
    public void putAll(long modelVersionId, Map<Long, float[]> vectors) {
        db.requireWritable("store embeddings");
        long[] ids = new long[vectors.size()];
        float[][] v = new float[vectors.size()][];
        int i = 0;
        for (Map.Entry<Long, float[]> e : vectors.entrySet()) {
            ids[i] = e.getKey();
            v[i++] = e.getValue();
        }
        Connection conn = db.conn();
        try {
            conn.setAutoCommit(false);
            try {
                insert(db, modelVersionId, ids, v);
                conn.commit();
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw db.fail("storing " + vectors.size() + " embeddings of model version " + modelVersionId, e);
        }
    }

    /** Inserts or replaces embeddings on {@code db} inside whatever transaction it has open. */
    static void insert(Db db, long modelVersionId, long[] cellIds, float[][] vectors) throws SQLException {
        if (cellIds.length != vectors.length) {
            throw new IllegalArgumentException(cellIds.length + " cell ids for " + vectors.length + " embeddings");
        }
        PreparedStatement ps = db.prepare(UPSERT);
        for (int i = 0; i < cellIds.length; i++) {
            float[] v = vectors[i];
            if (v == null || v.length == 0) {
                throw new IllegalArgumentException("empty embedding for cell " + cellIds[i]);
            }
            ps.setLong(1, cellIds[i]);
            ps.setLong(2, modelVersionId);
            ps.setInt(3, v.length);
            ps.setBytes(4, FloatBlobs.toBytes(v));
            ps.addBatch();
        }
        ps.executeBatch();
    }

    public Optional<float[]> get(long cellId, long modelVersionId) {
        try {
            PreparedStatement ps = db.prepare("SELECT vector FROM embeddings WHERE cell_id = ? AND model_version_id = ?");
            ps.setLong(1, cellId);
            ps.setLong(2, modelVersionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(FloatBlobs.toFloats(rs.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw db.fail("reading the embedding of cell " + cellId, e);
        }
    }

    /** Every embedding of one model version, by cell id. */
    public Matrix matrix(long modelVersionId) {
        try {
            PreparedStatement ps = db.prepare("SELECT cell_id, vector FROM embeddings WHERE model_version_id = ?"
                    + " ORDER BY cell_id");
            ps.setLong(1, modelVersionId);
            List<Long> ids = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    vectors.add(FloatBlobs.toFloats(rs.getBytes(2)));
                }
            }
            return new Matrix(ids.stream().mapToLong(Long::longValue).toArray(), vectors.toArray(float[][]::new));
        } catch (SQLException e) {
            throw db.fail("reading the embeddings of model version " + modelVersionId, e);
        }
    }

    /** How many cells have an embedding of this model version. */
    public long count(long modelVersionId) {
        try {
            return db.queryLong("SELECT count(*) FROM embeddings WHERE model_version_id = ?", modelVersionId);
        } catch (SQLException e) {
            throw db.fail("counting the embeddings of model version " + modelVersionId, e);
        }
    }

    /** Ids of the cells that have a crop but no embedding of this model version, ascending. */
    public List<Long> cellsWithoutEmbedding(long modelVersionId) {
        return cellIds("SELECT c.cell_id FROM crops c WHERE NOT EXISTS (SELECT 1 FROM embeddings e"
                + " WHERE e.cell_id = c.cell_id AND e.model_version_id = ?) ORDER BY c.cell_id", modelVersionId);
    }

    /** Ids of every cell that has a crop, ascending (what an encoder can embed). */
    public List<Long> cellsWithCrops() {
        return cellIds("SELECT cell_id FROM crops ORDER BY cell_id");
    }

    private List<Long> cellIds(String sql, Object... args) {
        try {
            PreparedStatement ps = db.prepare(sql);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("listing cells to embed", e);
        }
    }
}
