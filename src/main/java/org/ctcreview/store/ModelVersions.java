package org.ctcreview.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/** The registry of model versions with their provenance. */
public final class ModelVersions {
    private final Db db;

    ModelVersions(Db db) {
        this.db = db;
    }

    /** Records a model version now and returns its id. */
    public long add(ModelVersionRow m) {
        db.requireWritable("record a model version");
        try {
            PreparedStatement ps = db.prepare("INSERT INTO model_versions (kind, name, file_path, file_sha256,"
                    + " parameters_json, training_set_json, created_at, parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            ps.setString(1, m.kind());
            ps.setString(2, m.name());
            ps.setString(3, m.filePath());
            ps.setString(4, m.fileSha256());
            ps.setString(5, m.parametersJson());
            ps.setString(6, m.trainingSetJson());
            ps.setString(7, Timestamps.now());
            if (m.parentId() == null) {
                ps.setNull(8, Types.INTEGER);
            } else {
                ps.setLong(8, m.parentId());
            }
            ps.executeUpdate();
            return db.lastInsertId();
        } catch (SQLException e) {
            throw db.fail("recording model version " + m.name(), e);
        }
    }

    /** The newest version of a kind (e.g. "encoder") that has at least one embedding, if any. */
    public Optional<Long> newestEncoderWithEmbeddings() {
        try {
            long id = db.queryLong("SELECT coalesce(max(m.id), -1) FROM model_versions m WHERE m.kind = 'encoder'"
                    + " AND EXISTS (SELECT 1 FROM embeddings e WHERE e.model_version_id = m.id)");
            return id < 0 ? Optional.empty() : Optional.of(id);
        } catch (SQLException e) {
            throw db.fail("finding the newest encoder version", e);
        }
    }

    public Optional<Stored<ModelVersionRow>> get(long id) {
        try {
            PreparedStatement ps = db.prepare("SELECT kind, name, file_path, file_sha256, parameters_json,"
                    + " training_set_json, parent_id FROM model_versions WHERE id = ?");
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long parent = rs.getLong(7);
                Long parentId = rs.wasNull() ? null : parent;
                return Optional.of(new Stored<>(id, new ModelVersionRow(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), parentId)));
            }
        } catch (SQLException e) {
            throw db.fail("reading model version " + id, e);
        }
    }
}
