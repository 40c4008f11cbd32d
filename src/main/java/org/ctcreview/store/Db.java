package org.ctcreview.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One SQLite connection of a project with its file, its mode and a cache of prepared statements. */
final class Db implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Db.class);

    private final Connection conn;
    private final Path file;
    private final boolean readOnly;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Db(Connection conn, Path file, boolean readOnly) {
        this.conn = conn;
        this.file = file;
        this.readOnly = readOnly;
    }

    Connection conn() {
        return conn;
    }

    Path file() {
        return file;
    }

    boolean readOnly() {
        return readOnly;
    }

    /** A prepared statement for this SQL, reused across calls; parameters are cleared. */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = conn.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    /** The single number a query returns (0 when it returns no row or NULL). */
    long queryLong(String sql, Object... args) throws SQLException {
        PreparedStatement ps = prepare(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    long lastInsertId() throws SQLException {
        return queryLong("SELECT last_insert_rowid()");
    }

    RuntimeException fail(String action, SQLException e) {
        return SqlFailures.translate(file, action, e);
    }

    void requireWritable(String action) {
        if (readOnly) {
            throw new IllegalStateException(file + ": cannot " + action + " because the project is open read-only");
        }
    }

    @Override
    public void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                LOG.debug("closing a statement of {}: {}", file, e.getMessage());
            }
        }
        statements.clear();
        try {
            conn.close();
        } catch (SQLException e) {
            LOG.warn("{}: closing the database failed: {}", file, e.getMessage());
        }
    }
}
