package org.ctcreview.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.ctcreview.task.CancelFlag;
import org.ctcreview.task.ProgressListener;

/**
 * A text progress bar on standard error: redrawn in place on a terminal, one line per 10 % otherwise
 * (logs, CI). Cancellation comes from the {@link CancelFlag} that Ctrl-C flips.
 */
final class ConsoleProgress implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final CancelFlag cancel;
    private final boolean terminal;
    private final boolean quiet;
    private long lastDraw;
    private int lastDecile = -1;
    private String lastMessage = "";
    private boolean drewInPlace;

    ConsoleProgress(PrintStream err, CancelFlag cancel, boolean quiet) {
        this.err = err;
        this.cancel = cancel;
        this.quiet = quiet;
        this.terminal = System.console() != null;
    }

    @Override
    public synchronized void update(long done, long total, String message) {
        if (quiet || total <= 0) {
            return;
        }
        double f = Math.min(1, done / (double) total);
        if (terminal) {
            long now = System.nanoTime();
            if (done < total && now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            int filled = (int) Math.round(f * WIDTH);
            err.print(String.format(Locale.ROOT, "\r[%s%s] %3.0f%% %d/%d %s\u001b[K", "#".repeat(filled),
                    ".".repeat(WIDTH - filled), f * 100, done, total, message));
            drewInPlace = true;
            if (done >= total) {
                err.println();
                drewInPlace = false;
            }
        } else {
            int decile = (int) (f * 10);
            String stage = message.replaceAll("\\d+", "#");
            if (decile != lastDecile || !stage.equals(lastMessage)) {
                lastDecile = decile;
                lastMessage = stage;
                err.println(String.format(Locale.ROOT, "%3.0f%% %d/%d %s", f * 100, done, total, message));
            }
        }
    }

    synchronized void finish() {
        if (drewInPlace) {
            err.println();
            drewInPlace = false;
        }
    }

    @Override
    public boolean isCancelled() {
        return cancel.isCancelled();
    }
}
