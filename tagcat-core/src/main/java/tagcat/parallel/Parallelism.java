package tagcat.parallel;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;

/**
 * How many threads a call may use and where they come from. Every parallel step of a run (reading,
 * corpus build, vectorizing, k-means) takes one of these, so {@code threads} bounds all of them; with
 * one thread no thread is made and the work runs on the caller's. The factory is a value so that a
 * server or a Spark executor can name, group or count the threads (tests count them); results never
 * depend on either field.
 *
 * @param threads       threads at most, at least 1
 * @param threadFactory makes the pool threads; {@link #DAEMON} unless told otherwise
 */
public record Parallelism(int threads, ThreadFactory threadFactory) {
    /** Daemon threads named {@code tagcat-worker}: a forgotten pool never keeps the JVM alive. */
    public static final ThreadFactory DAEMON = r -> {
        Thread t = new Thread(r, "tagcat-worker");
        t.setDaemon(true);
        return t;
    };

    public Parallelism {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Objects.requireNonNull(threadFactory, "threadFactory");
    }

    /** {@code threads} daemon threads. */
    public static Parallelism of(int threads) {
        return new Parallelism(threads, DAEMON);
    }

    /** One thread per core the JVM sees. */
    public static Parallelism allCores() {
        return of(Runtime.getRuntime().availableProcessors());
    }

    /** Everything on the caller's thread. */
    public static Parallelism single() {
        return of(1);
    }

    public Parallelism withThreads(int n) {
        return new Parallelism(n, threadFactory);
    }

    /** A pool for one call: close it when the call ends. */
    public Workers workers() {
        return new Workers(this);
    }

    @Override
    public String toString() {
        return threads + (threads == 1 ? " thread" : " threads");
    }
}
