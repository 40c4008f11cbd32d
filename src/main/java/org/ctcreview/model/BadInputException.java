package org.ctcreview.model;

import java.nio.file.Path;

/**
 * Input that cannot be used: names the offending file and says what to do about it.
 * The CLI prints {@link #getMessage()} and exits non-zero; nothing in the project is changed.
 */
public class BadInputException extends RuntimeException {
    private final transient Path file;
    private final String fix;

    public BadInputException(Path file, String problem, String fix) {
        this(file, problem, fix, null);
    }

    public BadInputException(Path file, String problem, String fix, Throwable cause) {
        super(compose(file, problem, fix), cause);
        this.file = file;
        this.fix = fix;
    }

    private static String compose(Path file, String problem, String fix) {
        String where = file == null ? "" : file + ": ";
        return where + problem + (fix == null || fix.isBlank() ? "" : ". Fix: " + fix);
    }

    /** The file or folder at fault, or null when the problem is not tied to one. */
    public Path file() {
        return file;
    }

    /** What the user can do about it. */
    public String fix() {
        return fix;
    }
}
