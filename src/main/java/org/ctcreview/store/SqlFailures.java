package org.ctcreview.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.ctcreview.model.BadInputException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite failures into exceptions whose message names the file and says what to do. */
final class SqlFailures {
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private SqlFailures() {
    }

    /** The primary SQLite result code of a failure (the low byte of the extended code). */
    static int primaryCode(SQLException e) {
        if (e instanceof SQLiteException se && se.getResultCode() != SQLiteErrorCode.UNKNOWN_ERROR) {
            return se.getResultCode().code & 0xff;
        }
        return e.getErrorCode() & 0xff;
    }

    static RuntimeException translate(Path db, String action, SQLException e) {
        String detail = e.getMessage();
        switch (primaryCode(e)) {
            case NOTADB:
                return new BadInputException(db, "is not a CTC review project database (the file is damaged or"
                        + " of another kind)", "restore project.db from a backup, or choose another project folder", e);
            case CORRUPT:
                return new BadInputException(db, "the project database is damaged (" + detail + ")",
                        "restore project.db from a backup", e);
            case READONLY:
                return new BadInputException(db, "cannot write: the database file or its folder is read-only",
                        "make the project folder and project.db writable, or open the project read-only", e);
            case FULL:
                return new BadInputException(db, "the disk is full, so " + action + " was not saved",
                        "free disk space and try again", e);
            case CANTOPEN:
                return new BadInputException(db, "cannot open the database file",
                        "check that the project folder exists and that you may read and write it", e);
            case IOERR:
                return new BadInputException(db, "disk input/output error during " + action + " (" + detail + ")",
                        "check the disk or network share that holds the project", e);
            case BUSY:
            case LOCKED:
                return new StoreException(db + ": the database stayed busy during " + action
                        + "; another connection is writing, try again when it is done", e);
            default:
                return new StoreException(db + ": " + action + " failed: " + detail, e);
        }
    }
}
