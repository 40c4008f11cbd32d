package org.ctcreview.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/** Opens project connections with the same settings every time: WAL, foreign keys, full sync, busy wait. */
final class SqliteConnections {
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(SqliteConnections.class);

    private SqliteConnections() {
    }

    /**
     * Opens a connection; {@code immediate} makes transactions take the write lock at BEGIN, so that a
     * conflict with another writer shows at the start of a long import rather than at its end.
     */
    static Db open(Path file, boolean readOnly, boolean immediate) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        if (immediate) {
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        Connection conn = null;
        try {
            conn = config.createConnection("jdbc:sqlite:" + file);
            String mode = journalMode(conn, readOnly);
            if (!"wal".equalsIgnoreCase(mode)) {
                LOG.warn("{}: journal mode is {}, not WAL; readers may wait for writers", file, mode);
            }
            return new Db(conn, file, readOnly);
        } catch (SQLException e) {
            closeQuietly(conn);
            throw SqlFailures.translate(file, "opening the project", e);
        }
    }

    /** Sets WAL on a writable connection; a read-only one can only report the mode the file has. */
    private static String journalMode(Connection conn, boolean readOnly) throws SQLException {
        String sql = readOnly ? "PRAGMA journal_mode" : "PRAGMA journal_mode=WAL";
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "unknown";
        }
    }

    private static void closeQuietly(Connection conn) {
        if (conn == null) {
            return;
        }
        try {
            conn.close();
        } catch (SQLException e) {
            LOG.debug("closing a failed connection: {}", e.getMessage());
        }
    }
}
