package org.ctcreview.cli;

/** Exit codes scripts can rely on. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Bad input: a file, folder or option that cannot be used; the message says what to do. */
    public static final int BAD_INPUT = 1;
    /** Wrong command line (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** The project is open in another process. */
    public static final int LOCKED = 3;
    /** The user interrupted the work; nothing was changed. */
    public static final int CANCELLED = 130;
    /** A bug or an environment problem; see the log. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
