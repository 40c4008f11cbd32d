package org.ctcreview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/** Cell embeddings per model version, stored as float32 little-endian vectors. */
public final class Embeddings {
    private static final String UPSERT = "INSERT OR REPLACE INTO embeddings (cell_id, model_version_id, dim, vector)"
            + " VALUES (?, ?, ?, ?)";

    private final Db db;

    Embeddings(Db db) {
        this.db = db;
    }

    /** Stores (or replaces) one embedding. */
    public void put(long cellId, long modelVersionId, float[] vector) {
        putAll(modelVersionId, Map.of(cellId, vector));
    }

    /** Stores (or replaces) many embeddings of one model version in one transaction. */
    public void putAll(long modelVersionId, Map<Long, float[]> vectors) {
        db.requireWritable("store embeddings");
        Connection conn = db.conn();
        try {
            conn.setAutoCommit(false);
            try {
                PreparedStatement ps = db.prepare(UPSERT);
                for (Map.Entry<Long, float[]> e : vectors.entrySet()) {
                    float[] v = e.getValue();
                    if (v.length == 0) {
                        throw new IllegalArgumentException("empty embedding for cell " + e.getKey());
                    }
                    ps.setLong(1, e.getKey());
                    ps.setLong(2, modelVersionId);
                    ps.setInt(3, v.length);
                    ps.setBytes(4, FloatBlobs.toBytes(v));
                    ps.addBatch();
                }
                ps.executeBatch();
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
}
