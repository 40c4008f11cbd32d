package org.ctcreview.task;

/** Thrown when the user cancelled long work; whatever the work wrote is rolled back. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled by the user; nothing was changed");
    }
}
