package tagcat.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A thread pool scoped to one call (a read, a vectorization, a fit). Work is split into a fixed number of tasks that does not depend
 * on the thread count, each task writes only its own slots, and callers merge task results in task
 * order: so results are bit-identical for any number of threads.
 */
public final class Workers implements AutoCloseable {
    private final int threads;
    private final ExecutorService pool;

    /** {@code threads} daemon threads ({@link Parallelism#of}). */
    public Workers(int threads) {
        this(Parallelism.of(threads));
    }

    public Workers(Parallelism parallelism) {
        this.threads = parallelism.threads();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, parallelism.threadFactory());
    }

    public int threads() {
        return threads;
    }

    /** Runs {@code task.accept(0..tasks-1)} and waits for all of them. */
    public void forEach(int tasks, IntConsumer task) {
        if (pool == null || tasks <= 1) {
            for (int i = 0; i < tasks; i++) {
                checkInterrupted();
                task.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>(threads);
        for (int w = 0; w < Math.min(threads, tasks); w++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    task.accept(i);
                }
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        checkInterrupted();
    }

    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }

    /** {@link #forEach} on {@code workers}, or in order on this thread when there is no pool (null). */
    public static void forEach(Workers workers, int tasks, IntConsumer task) {
        if (workers == null) {
            for (int i = 0; i < tasks; i++) {
                task.accept(i);
            }
        } else {
            workers.forEach(tasks, task);
        }
    }

    public static int tasksFor(int items, int perTask) {
        return (items + perTask - 1) / perTask;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
