package org.ctcreview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fitted classifiers and their scores: a classifier is a model version (kind "classifier", parameters and
 * training set as JSON) with its bytes in model_blobs and one CTC probability per cell, all written in one
 * transaction so a score set never exists without its model.
 */
public final class Scores {
    private final Db db;

    Scores(Db db) {
        this.db = db;
    }

    /** Stores the classifier version, its bytes and every cell's probability; returns the version id. */
    public long save(ModelVersionRow version, String format, byte[] model, long[] cellIds, double[] probability) {
        db.requireWritable("store scores");
        if (cellIds.length != probability.length) {
            throw new IllegalArgumentException(cellIds.length + " cells but " + probability.length + " scores");
        }
        Connection conn = db.conn();
        try {
            conn.setAutoCommit(false);
            try {
                long id = new ModelVersions(db).add(version);
                PreparedStatement blob = db.prepare("INSERT INTO model_blobs (model_version_id, format, data)"
                        + " VALUES (?, ?, ?)");
                blob.setLong(1, id);
                blob.setString(2, format);
                blob.setBytes(3, model);
                blob.executeUpdate();
                PreparedStatement ps = db.prepare("INSERT INTO scores (cell_id, model_version_id, probability)"
                        + " VALUES (?, ?, ?)");
                for (int i = 0; i < cellIds.length; i++) {
                    ps.setLong(1, cellIds[i]);
                    ps.setLong(2, id);
                    ps.setDouble(3, probability[i]);
                    ps.addBatch();
                }
                ps.executeBatch();
                conn.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw db.fail("storing the scores of " + version.name(), e);
        }
    }

    /** The bytes of a fitted model version. */
    public Optional<byte[]> model(long modelVersionId) {
        try {
            PreparedStatement ps = db.prepare("SELECT data FROM model_blobs WHERE model_version_id = ?");
            ps.setLong(1, modelVersionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw db.fail("reading model " + modelVersionId, e);
        }
    }

    /** Cell id -> probability under one classifier version. */
    public Map<Long, Double> of(long modelVersionId) {
        try {
            PreparedStatement ps = db.prepare("SELECT cell_id, probability FROM scores WHERE model_version_id = ?");
            ps.setLong(1, modelVersionId);
            Map<Long, Double> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getDouble(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("reading the scores of model " + modelVersionId, e);
        }
    }
}
