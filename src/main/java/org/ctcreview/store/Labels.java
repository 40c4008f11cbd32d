package org.ctcreview.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only label history. Each {@link #add} is one autocommitted statement, durable when it
 * returns; the database refuses UPDATE and DELETE on labels. A cell's current label is its latest
 * entry (highest id, i.e. insertion order, which does not depend on clocks).
 */
public final class Labels {
    /** The label texts the database accepts. */
    public static final List<String> ALLOWED = List.of(
            "CTC", "WBC", "TDEV", "BARE_NUCLEUS", "CD45_EV", "ARTEFACT", "UNSURE", "NOT_CTC");
    private static final Logger LOG = LoggerFactory.getLogger(Labels.class);
    private static final String COLUMNS = "id, cell_id, label, author, session_id, created_at, source";

    private final Db db;

    Labels(Db db) {
        this.db = db;
    }

    /**
     * Adds a label to a cell and commits it; returns the label's id.
     *
     * @throws IllegalArgumentException for an unknown label text, cell or session, or a blank author/source
     */
    public long add(long cellId, String label, String author, Long sessionId, String source) {
        db.requireWritable("add a label");
        if (!ALLOWED.contains(label)) {
            throw new IllegalArgumentException("unknown label '" + label + "'; allowed: " + String.join(", ", ALLOWED));
        }
        requireText("author", author);
        requireText("source", source);
        try {
            PreparedStatement ps = db.prepare("INSERT INTO labels (cell_id, label, author, session_id, created_at,"
                    + " source) VALUES (?, ?, ?, ?, ?, ?)");
            ps.setLong(1, cellId);
            ps.setString(2, label);
            ps.setString(3, author);
            if (sessionId == null) {
                ps.setNull(4, Types.INTEGER);
            } else {
                ps.setLong(4, sessionId);
            }
            ps.setString(5, Timestamps.now());
            ps.setString(6, source);
            ps.executeUpdate();
            long id = db.lastInsertId();
            LOG.debug("label {} = {} for cell {} by {}", id, label, cellId, author);
            return id;
        } catch (SQLException e) {
            throw explain(e, cellId, sessionId);
        }
    }

    /** All labels of a cell, oldest first. */
    public List<LabelRow> history(long cellId) {
        try {
            PreparedStatement ps = db.prepare("SELECT " + COLUMNS + " FROM labels WHERE cell_id = ? ORDER BY id");
            ps.setLong(1, cellId);
            List<LabelRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("reading the labels of cell " + cellId, e);
        }
    }

    /** The current (latest) label of every labelled cell, by cell id in ascending order. */
    public Map<Long, String> current() {
        try {
            PreparedStatement ps = db.prepare("SELECT l.cell_id, l.label FROM labels l"
                    + " JOIN (SELECT max(id) AS id FROM labels GROUP BY cell_id) latest ON latest.id = l.id"
                    + " ORDER BY l.cell_id");
            Map<Long, String> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("reading the current labels", e);
        }
    }

    private RuntimeException explain(SQLException e, long cellId, Long sessionId) {
        try {
            if (db.queryLong("SELECT count(*) FROM cells WHERE id = ?", cellId) == 0) {
                return new IllegalArgumentException("cannot label cell " + cellId + ": no such cell in this project");
            }
            if (sessionId != null && db.queryLong("SELECT count(*) FROM sessions WHERE id = ?", sessionId) == 0) {
                return new IllegalArgumentException("cannot label cell " + cellId + ": no session " + sessionId
                        + " in this project");
            }
        } catch (SQLException ignored) {
            LOG.debug("could not diagnose a failed label insert: {}", ignored.getMessage());
        }
        return db.fail("adding a label to cell " + cellId, e);
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a label needs a non-blank " + what);
        }
    }

    private static LabelRow row(ResultSet rs) throws SQLException {
        long session = rs.getLong(5);
        Long sessionId = rs.wasNull() ? null : session;
        return new LabelRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), sessionId,
                rs.getString(6), rs.getString(7));
    }
}
