package org.ctcreview.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Review, labelling and learning sessions: who worked, what kind of work, when, with which settings. */
public final class Sessions {
    private final Db db;

    Sessions(Db db) {
        this.db = db;
    }

    /** Starts a session now and returns its id; {@code settingsJson} may be null for none. */
    public long start(String kind, String author, String settingsJson) {
        db.requireWritable("start a session");
        if (kind == null || kind.isBlank() || author == null || author.isBlank()) {
            throw new IllegalArgumentException("a session needs a kind and an author");
        }
        try {
            PreparedStatement ps = db.prepare("INSERT INTO sessions (kind, author, started_at, settings_json)"
                    + " VALUES (?, ?, ?, ?)");
            ps.setString(1, kind);
            ps.setString(2, author);
            ps.setString(3, Timestamps.now());
            ps.setString(4, settingsJson == null ? "{}" : settingsJson);
            ps.executeUpdate();
            return db.lastInsertId();
        } catch (SQLException e) {
            throw db.fail("starting a " + kind + " session", e);
        }
    }

    /** Ends a session now. */
    public void end(long sessionId) {
        db.requireWritable("end a session");
        try {
            PreparedStatement ps = db.prepare("UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL");
            ps.setString(1, Timestamps.now());
            ps.setLong(2, sessionId);
            if (ps.executeUpdate() == 0) {
                boolean exists = db.queryLong("SELECT count(*) FROM sessions WHERE id = ?", sessionId) > 0;
                throw new IllegalArgumentException("cannot end session " + sessionId + ": "
                        + (exists ? "it has already ended" : "no such session"));
            }
        } catch (SQLException e) {
            throw db.fail("ending session " + sessionId, e);
        }
    }
}
