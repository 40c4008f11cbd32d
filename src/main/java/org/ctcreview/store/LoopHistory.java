package org.ctcreview.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The loop history of HiL sessions and simulated experiments; each row is committed when it is added. */
public final class LoopHistory {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Db db;

    LoopHistory(Db db) {
        this.db = db;
    }

    /** One stored loop (cluster -1 is the background cluster; F1 values are per-cluster scores). */
    public record LoopRow(long sessionId, int run, int loop, String strategy, String modelVersion, int trainSize,
                          int testSize, int relabelSize, Double totalF1, Map<Integer, Double> clusterF1,
                          int labelsAdded, double labellingSeconds) {
        public LoopRow {
            clusterF1 = new TreeMap<>(clusterF1);
        }
    }

    public long add(LoopRow r) {
        db.requireWritable("record a loop");
        try {
            PreparedStatement ps = db.prepare("INSERT INTO hil_loops (session_id, run, loop, strategy, model_version,"
                    + " train_size, test_size, relabel_size, total_f1, cluster_f1_json, labels_added,"
                    + " labelling_seconds, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ps.setLong(1, r.sessionId());
            ps.setInt(2, r.run());
            ps.setInt(3, r.loop());
            ps.setString(4, r.strategy());
            ps.setString(5, r.modelVersion());
            ps.setInt(6, r.trainSize());
            ps.setInt(7, r.testSize());
            ps.setInt(8, r.relabelSize());
            if (r.totalF1() == null || r.totalF1().isNaN()) {
                ps.setNull(9, Types.REAL);
            } else {
                ps.setDouble(9, r.totalF1());
            }
            ps.setString(10, JSON.writeValueAsString(r.clusterF1()));
            ps.setInt(11, r.labelsAdded());
            ps.setDouble(12, r.labellingSeconds());
            ps.setString(13, Timestamps.now());
            ps.executeUpdate();
            return db.lastInsertId();
        } catch (SQLException e) {
            throw db.fail("recording loop " + r.loop() + " of session " + r.sessionId(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The loops of a session, by run and loop. */
    public List<LoopRow> of(long sessionId) {
        try {
            PreparedStatement ps = db.prepare("SELECT run, loop, strategy, model_version, train_size, test_size,"
                    + " relabel_size, total_f1, cluster_f1_json, labels_added, labelling_seconds FROM hil_loops"
                    + " WHERE session_id = ? ORDER BY run, loop");
            ps.setLong(1, sessionId);
            List<LoopRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double f = rs.getDouble(8);
                    Double total = rs.wasNull() ? null : f;
                    Map<Integer, Double> clusters = JSON.readValue(rs.getString(9),
                            new TypeReference<TreeMap<Integer, Double>>() { });
                    out.add(new LoopRow(sessionId, rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getInt(6), rs.getInt(7), total, clusters, rs.getInt(10),
                            rs.getDouble(11)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("reading the loops of session " + sessionId, e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("garbled loop history of session " + sessionId, e);
        }
    }
}
