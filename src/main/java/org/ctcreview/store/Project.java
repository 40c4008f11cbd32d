package org.ctcreview.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.ctcreview.model.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open project folder: {@code project.db} (SQLite in WAL mode), {@code models/} and {@code project.lock}.
 * {@link #open} takes an exclusive lock (one writing program at a time) and creates or upgrades the
 * database; {@link #openReadOnly} takes no lock and can read while another program writes.
 */
public final class Project implements AutoCloseable {
    public static final String DATABASE = "project.db";
    public static final String MODELS = "models";
    private static final Logger LOG = LoggerFactory.getLogger(Project.class);

    private final Path dir;
    private final Db db;
    private final ProjectLock lock;
    private final int schemaVersion;
    private ImportTransaction openImport;
    private boolean closed;

    private Project(Path dir, Db db, ProjectLock lock, int schemaVersion) {
        this.dir = dir;
        this.db = db;
        this.lock = lock;
        this.schemaVersion = schemaVersion;
    }

    /** Opens a project for writing, creating the folder and database if missing and applying migrations. */
    public static Project open(Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        Path dbFile = folder.resolve(DATABASE);
        ProjectFolders.prepareWritable(folder, dbFile);
        ProjectLock lock = ProjectLock.acquire(folder);
        Db db = null;
        try {
            db = SqliteConnections.open(dbFile, false, false);
            int version = Migrations.migrate(db);
            ProjectFolders.createModels(folder.resolve(MODELS));
            LOG.info("opened project {} (schema version {})", folder, version);
            return new Project(folder, db, lock, version);
        } catch (SQLException e) {
            closeAll(db, lock);
            throw SqlFailures.translate(dbFile, "opening the project", e);
        } catch (RuntimeException e) {
            closeAll(db, lock);
            throw e;
        }
    }

    /** Opens an existing project for reading only; never creates, migrates or locks anything. */
    public static Project openReadOnly(Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        Path dbFile = folder.resolve(DATABASE);
        ProjectFolders.requireExisting(folder, dbFile);
        Db db = SqliteConnections.open(dbFile, true, false);
        try {
            int version = Migrations.check(db);
            LOG.info("opened project {} read-only (schema version {})", folder, version);
            return new Project(folder, db, null, version);
        } catch (SQLException e) {
            db.close();
            throw SqlFailures.translate(dbFile, "opening the project read-only", e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public Path dir() {
        return dir;
    }

    public Path databaseFile() {
        return db.file();
    }

    public Path modelsDir() {
        return dir.resolve(MODELS);
    }

    public boolean isReadOnly() {
        return db.readOnly();
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** Starts an import: one transaction on its own connection. Only one import may be open at a time. */
    public ImportTransaction beginImport() {
        checkOpen();
        db.requireWritable("import");
        if (openImport != null) {
            throw new IllegalStateException("an import into " + dir + " is already running; finish it first");
        }
        openImport = ImportTransaction.begin(db.file(), () -> openImport = null);
        return openImport;
    }

    public Labels labels() {
        checkOpen();
        return new Labels(db);
    }

    public Sessions sessions() {
        checkOpen();
        return new Sessions(db);
    }

    public Catalog catalog() {
        checkOpen();
        return new Catalog(db);
    }

    public Crops crops() {
        checkOpen();
        return new Crops(db);
    }

    public Embeddings embeddings() {
        checkOpen();
        return new Embeddings(db);
    }

    public Scores scores() {
        checkOpen();
        return new Scores(db);
    }

    public LoopHistory loopHistory() {
        checkOpen();
        return new LoopHistory(db);
    }

    public ModelVersions modelVersions() {
        checkOpen();
        return new ModelVersions(db);
    }

    /** Latent maps with their points and clusters. */
    public Maps maps() {
        checkOpen();
        return new Maps(db);
    }

    public ProjectSummary summary() {
        checkOpen();
        return Summaries.read(db);
    }

    /** SQLite's integrity check: a list holding only "ok" when the database is sound. */
    public List<String> integrityCheck() {
        checkOpen();
        try (Statement st = db.conn().createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw db.fail("checking the database", e);
        }
    }

    /** Rolls back an unfinished import, closes the database and releases the lock. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (openImport != null) {
            LOG.warn("{}: closing the project with an unfinished import; it is rolled back", dir);
            openImport.close();
        }
        closeAll(db, lock);
        LOG.info("closed project {}", dir);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("project " + dir + " is closed");
        }
    }

    private static void closeAll(Db db, ProjectLock lock) {
        if (db != null) {
            db.close();
        }
        if (lock != null) {
            lock.close();
        }
    }

    /** Checks and creates the folders of a project, with messages that say what to do. */
    private static final class ProjectFolders {
        private ProjectFolders() {
        }

        static void prepareWritable(Path folder, Path dbFile) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new BadInputException(folder, "is a file, not a project folder",
                        "choose a folder (an empty or new one creates a project)");
            }
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new BadInputException(folder, "cannot create the project folder (" + e.getMessage() + ")",
                        "choose a place where you may create folders", e);
            }
            if (!Files.isWritable(folder)) {
                throw new BadInputException(folder, "the project folder is read-only",
                        "make the folder writable, or open the project read-only");
            }
            if (Files.exists(dbFile) && !Files.isWritable(dbFile)) {
                throw new BadInputException(dbFile, "the project database is read-only",
                        "make project.db writable, or open the project read-only");
            }
        }

        static void requireExisting(Path folder, Path dbFile) {
            if (!Files.isDirectory(folder)) {
                throw new BadInputException(folder, "no such project folder", "check the path of the project");
            }
            if (!Files.isRegularFile(dbFile)) {
                throw new BadInputException(dbFile, "the folder holds no project database",
                        "choose a project folder, or open it read-write once to create the project");
            }
        }

        static void createModels(Path models) {
            try {
                Files.createDirectories(models);
            } catch (IOException e) {
                throw new BadInputException(models, "cannot create the models folder (" + e.getMessage() + ")",
                        "make the project folder writable", e);
            }
        }
    }
}
