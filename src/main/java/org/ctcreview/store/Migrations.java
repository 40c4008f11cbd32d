package org.ctcreview.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctcreview.model.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The numbered schema migrations, applied in order, each in its own transaction together with its row
 * in {@code schema_migrations}. The list is written out here (no classpath scanning): add new files at
 * the end and never change a released one.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String FOLDER = "/db/migration/";
    private static final List<String> SCRIPTS = List.of(
            "V001__initial.sql",
            "V002__map_points_fitted.sql",
            "V003__learning_loop.sql");
    private static final Pattern NAME = Pattern.compile("V(\\d{3})__(\\w+)\\.sql");
    private static final List<Migration> ALL = SCRIPTS.stream().map(Migrations::parse).toList();

    private Migrations() {
    }

    /** One migration script: its version, its name and its classpath resource. */
    record Migration(int version, String name, String resource) {
    }

    static List<Migration> all() {
        return ALL;
    }

    /** The schema version this program writes and reads. */
    static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }

    /**
     * The schema version of an open database: 0 for an empty database; a {@link BadInputException} for an
     * SQLite file that holds other tables but is not a project.
     */
    static int currentVersion(Db db) throws SQLException {
        if (db.queryLong("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") == 0) {
            long tables = db.queryLong("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
            if (tables > 0) {
                throw new BadInputException(db.file(), "is an SQLite database but not a CTC review project",
                        "choose the folder of a CTC review project, or a new empty folder to create one");
            }
            return 0;
        }
        return (int) db.queryLong("SELECT max(version) FROM schema_migrations");
    }

    /** Applies every migration newer than the database; returns the new version. */
    static int migrate(Db db) throws SQLException {
        int current = currentVersion(db);
        refuseNewer(db, current);
        for (Migration m : ALL) {
            if (m.version() > current) {
                apply(db.conn(), m);
                current = m.version();
            }
        }
        return current;
    }

    /** For read-only use: the database must have exactly the schema this program knows. */
    static int check(Db db) throws SQLException {
        int current = currentVersion(db);
        refuseNewer(db, current);
        if (current < latest()) {
            throw new BadInputException(db.file(), "the project has schema version " + current
                    + " but this program reads version " + latest(),
                    "open the project once read-write (this upgrades it), then open it read-only");
        }
        return current;
    }

    private static void refuseNewer(Db db, int current) {
        if (current > latest()) {
            throw new BadInputException(db.file(), "the project was written by a newer version of this program"
                    + " (schema version " + current + "; this program knows up to " + latest() + ")",
                    "install the newer version of the program to open this project");
        }
    }

    private static void apply(Connection conn, Migration m) throws SQLException {
        String sql = read(m.resource());
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("CREATE TABLE IF NOT EXISTS schema_migrations ("
                    + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            st.executeUpdate(sql);
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")) {
                ps.setInt(1, m.version());
                ps.setString(2, m.name());
                ps.setString(3, Timestamps.now());
                ps.executeUpdate();
            }
            conn.commit();
            LOG.info("applied schema migration {} ({})", m.version(), m.name());
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(auto);
        }
    }

    private static Migration parse(String resource) {
        Matcher m = NAME.matcher(resource);
        if (!m.matches()) {
            throw new IllegalStateException("migration file name " + resource + " is not V###__name.sql");
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2), FOLDER + resource);
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading migration " + resource, e);
        }
    }
}
