package org.ctcreview.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ctcreview.task.CancelledException;
import org.ctcreview.task.ProgressListener;

/**
 * Runs independent chunks of an index range on a few threads. Each chunk writes only its own slice of
 * the output, so results never depend on the thread count. Progress is reported from the calling thread,
 * in chunk order, so listeners need not be thread-safe.
 */
final class Parallel {
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** The work on indices [from, to). */
    interface Chunk {
        void run(int from, int to);
    }

    private Parallel() {
    }

    static void forRange(int n, int chunkSize, int threads, ProgressListener progress, String message, Chunk body) {
        int chunks = (n + chunkSize - 1) / chunkSize;
        if (threads <= 1 || chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                progress.checkCancelled();
                int from = c * chunkSize;
                int to = Math.min(n, from + chunkSize);
                body.run(from, to);
                progress.update(to, n, message);
            }
            return;
        }
        int pool = POOLS.incrementAndGet();
        ExecutorService exec = Executors.newFixedThreadPool(Math.min(threads, chunks), r -> {
            Thread t = new Thread(r, "ctc-map-" + pool);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(chunks);
            for (int c = 0; c < chunks; c++) {
                int from = c * chunkSize;
                int to = Math.min(n, from + chunkSize);
                futures.add(exec.submit(() -> {
                    if (!progress.isCancelled()) {
                        body.run(from, to);
                    }
                }));
            }
            for (int c = 0; c < chunks; c++) {
                await(futures.get(c));
                progress.checkCancelled();
                progress.update(Math.min(n, (long) (c + 1) * chunkSize), n, message);
            }
        } finally {
            exec.shutdownNow();
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("a map worker failed", cause);
        }
    }
}
