package org.ctcreview.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ctcreview.task.CancelledException;

/**
 * Splits work over a few threads. Every row or task is computed by the same code whatever thread runs it, so
 * results do not depend on the number of threads.
 */
final class Parallel {
    /** Rows per chunk handed to a thread. */
    static final int BLOCK = 256;

    interface RangeBody {
        void run(int from, int to);
    }

    private Parallel() {
    }

    /** Runs {@code body} over [0, n) in chunks of {@link #BLOCK} rows on up to {@code threads} threads. */
    static void rows(int n, int threads, RangeBody body) {
        int t = Math.max(1, Math.min(threads, (n + BLOCK - 1) / BLOCK));
        if (t == 1) {
            body.run(0, n);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        runOnThreads(t, () -> {
            int from;
            while ((from = next.getAndAdd(BLOCK)) < n) {
                body.run(from, Math.min(n, from + BLOCK));
            }
        });
    }

    /** Runs the tasks on up to {@code threads} threads and returns their results in task order. */
    static <T> List<T> tasks(List<Callable<T>> tasks, int threads) {
        List<T> results = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            results.add(null);
        }
        AtomicInteger next = new AtomicInteger();
        runOnThreads(Math.max(1, Math.min(threads, tasks.size())), () -> {
            int i;
            while ((i = next.getAndIncrement()) < tasks.size()) {
                try {
                    T r = tasks.get(i).call();
                    synchronized (results) {
                        results.set(i, r);
                    }
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        return results;
    }

    /** Runs {@code worker} on {@code t - 1} new threads and the calling one; rethrows the first failure. */
    private static void runOnThreads(int t, Runnable worker) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable guarded = () -> {
            try {
                worker.run();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int i = 1; i < t; i++) {
            Thread th = new Thread(guarded, "learn-worker-" + i);
            th.setDaemon(true);
            th.start();
            started.add(th);
        }
        guarded.run();
        try {
            for (Thread th : started) {
                th.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error er) {
            throw er;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
    }
}
