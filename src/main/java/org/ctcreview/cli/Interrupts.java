package org.ctcreview.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ctcreview.task.CancelFlag;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a cancel request: the shutdown hook flips the flag and waits
 * for the running command to roll back and return before the JVM exits.
 */
final class Interrupts {
    private static final long GRACE_SECONDS = 30;
    private final CancelFlag flag = new CancelFlag();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onSignal, "ctc-interrupt");

    static Interrupts install() {
        Interrupts i = new Interrupts();
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    CancelFlag flag() {
        return flag;
    }

    /** Called when the command has returned (normally or not). */
    void finished() {
        finished.countDown();
    }

    private void onSignal() {
        if (finished.getCount() == 0) {
            return;
        }
        flag.cancel();
        System.err.println("\ninterrupted: stopping and rolling back...");
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
