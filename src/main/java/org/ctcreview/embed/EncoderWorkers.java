package org.ctcreview.embed;

import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the encoder runs on; the caller's thread never runs a forward pass. With several workers each
 * uses one libtorch intra-op thread (they run batches side by side, so two workers fill two cores without
 * OpenMP teams competing; libtorch's thread count is per thread, and the process-wide default is restored for
 * every other thread, e.g. StarDist's). A single worker keeps libtorch's default intra-op threads.
 * Measured on 2 cores: docs/benchmarks.md, "Embedding throughput".
 */
final class EncoderWorkers implements AutoCloseable {
    private final ExecutorService pool;

    private EncoderWorkers(ExecutorService pool) {
        this.pool = pool;
    }

    static EncoderWorkers start(int threads) {
        AtomicInteger n = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(threads);
        int processDefault = JniUtils.getNumThreads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(() -> {
                if (threads > 1) {
                    JniUtils.getNumThreads(); // libtorch sets up this thread's count first, from the process default
                    JniUtils.setNumThreads(1);
                }
                ready.countDown();
                r.run();
            }, "cell-encoder-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < threads; i++) {
            pool.submit(() -> { });
        }
        try {
            ready.await();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the encoder threads", e);
        }
        if (threads > 1) {
            // setNumThreads also changed libtorch's default for threads that start later: put it back
            JniUtils.setNumThreads(processDefault);
        }
        return new EncoderWorkers(pool);
    }

    /** libtorch's intra-op thread count as each of {@code samples} tasks on the workers sees it (for tests). */
    List<Integer> intraOpThreads(int samples) {
        List<Integer> out = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            tasks.add(() -> out.add(JniUtils.getNumThreads()));
        }
        runAll(tasks);
        return out;
    }

    /** Runs every task on the workers and waits for all; rethrows the first failure. */
    void runAll(List<Runnable> tasks) {
        List<Future<?>> futures = new ArrayList<>(tasks.size());
        tasks.forEach(t -> futures.add(pool.submit(t)));
        RuntimeException first = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException("encoding failed: " + e.getCause(), e.getCause());
                }
            } catch (InterruptedException e) {
                futures.forEach(x -> x.cancel(true));
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
