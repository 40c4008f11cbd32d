package org.ctcreview.task;

/**
 * Progress and cancellation contract for long work. Core code reports through it and polls
 * {@link #isCancelled()}; the CLI draws a text bar, the UI adapts it to a JavaFX Task.
 */
public interface ProgressListener {

    /** Reports that {@code done} of {@code total} units are finished; {@code message} says what runs now. */
    void update(long done, long total, String message);

    /** True once the user asked to stop; work should then throw {@link CancelledException} at a safe point. */
    boolean isCancelled();

    /** Throws {@link CancelledException} if cancellation was requested. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A listener that ignores progress and never cancels. */
    static ProgressListener none() {
        return NoProgress.INSTANCE;
    }
}
