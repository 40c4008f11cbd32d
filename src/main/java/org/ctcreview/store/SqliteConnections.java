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
            conn = config.createConnection(url(file, readOnly));
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

    /**
     * A read-only connection to a database in a folder nobody may write (an archive, a read-only share)
     * opens it as immutable: SQLite then needs no -shm/-wal files beside it.
     */
    private static String url(Path file, boolean readOnly) {
        Path folder = file.toAbsolutePath().getParent();
        if (readOnly && folder != null && !java.nio.file.Files.isWritable(folder)) {
            LOG.info("{}: folder is read-only, opening the database as immutable", file);
            return "jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath() + "?immutable=1";
        }
        return "jdbc:sqlite:" + file;
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
