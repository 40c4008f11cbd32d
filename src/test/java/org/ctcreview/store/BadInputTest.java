package org.ctcreview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.ctcreview.model.BadInputException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void givenGarbageDatabaseFile_whenOpened_thenBadInputNamingTheFile() throws Exception {
        Path db = dir.resolve(Project.DATABASE);
        byte[] garbage = new byte[8192];
        new Random(1).nextBytes(garbage);
        Files.write(db, garbage);
        for (boolean readOnly : new boolean[] {false, true}) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> (readOnly ? Project.openReadOnly(dir) : Project.open(dir)).close());
            assertEquals(db.toAbsolutePath(), e.file());
            assertTrue(e.getMessage().startsWith(db.toAbsolutePath().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("not a CTC review project database"), e.getMessage());
            assertTrue(e.getMessage().contains("Fix: restore project.db from a backup"), e.getMessage());
        }
        assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(db)), "the damaged file is left as it was");
        // the lock was released after the failure
        Files.delete(db);
        Project.open(dir).close();
    }

    @Test
    void givenTextFileAsDatabase_whenOpened_thenBadInput() throws Exception {
        Path db = dir.resolve(Project.DATABASE);
        Files.writeString(db, "this is a text file, not a database\n".repeat(100), StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> Project.open(dir));
        assertEquals(db.toAbsolutePath(), e.file());
    }

    @Test
    void givenFileInsteadOfFolder_whenOpened_thenBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello");
        BadInputException e = assertThrows(BadInputException.class, () -> Project.open(file));
        assertEquals(file.toAbsolutePath(), e.file());
        assertTrue(e.getMessage().contains("not a project folder"), e.getMessage());
    }

    @Test
    void givenReadOnlyFolder_whenOpenedForWriting_thenBadInputSuggestingReadOnly() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root can write anywhere");
        Project.open(dir).close();
        Path lockFile = dir.resolve(ProjectLock.FILE_NAME);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            BadInputException e = assertThrows(BadInputException.class, () -> Project.open(dir));
            assertEquals(dir.toAbsolutePath(), e.file());
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertTrue(Files.exists(lockFile));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void sqliteFailuresBecomeMessagesThatNameTheFileAndSayWhatToDo() {
        Path db = dir.resolve(Project.DATABASE);
        RuntimeException full = SqlFailures.translate(db, "adding a label",
                new SQLiteException("disk full", SQLiteErrorCode.SQLITE_FULL));
        assertTrue(full instanceof BadInputException);
        assertTrue(full.getMessage().contains("disk is full") && full.getMessage().contains("free disk space"),
                full.getMessage());
        RuntimeException readOnly = SqlFailures.translate(db, "adding a label",
                new SQLiteException("readonly", SQLiteErrorCode.SQLITE_READONLY_DBMOVED));
        assertTrue(readOnly instanceof BadInputException);
        assertTrue(readOnly.getMessage().startsWith(db.toString()), readOnly.getMessage());
        assertTrue(readOnly.getMessage().contains("open the project read-only"), readOnly.getMessage());
        RuntimeException corrupt = SqlFailures.translate(db, "reading",
                new SQLiteException("malformed", SQLiteErrorCode.SQLITE_CORRUPT));
        assertTrue(corrupt.getMessage().contains("damaged"), corrupt.getMessage());
        RuntimeException other = SqlFailures.translate(db, "reading",
                new SQLiteException("syntax", SQLiteErrorCode.SQLITE_ERROR));
        assertTrue(other instanceof StoreException);
    }
}
