package org.ctcreview.task;

import java.util.concurrent.atomic.AtomicBoolean;

/** A thread-safe cancel switch that a signal handler or a button can flip. */
public final class CancelFlag {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
