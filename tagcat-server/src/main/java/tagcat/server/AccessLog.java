package tagcat.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.time.Clock;

/**
 * One line per request: text ({@code 2026-12-03T18:00:00Z 127.0.0.1 GET /api/search 200 1.2 ms}) or a JSON line.
 * Buffered, and flushed at least once a second and on close: a write per line under one lock made the log the
 * service's bottleneck (64 connections: 1k instead of 10k suggestions a second).
 */
final class AccessLog implements AutoCloseable {
    static final long FLUSH_MS = 1_000;
    private final PrintStream out;
    private final boolean json;
    private final Clock clock;
    private final ScheduledExecutorService flusher;

    AccessLog(OutputStream to, boolean json, Clock clock) {
        this.out = new PrintStream(new BufferedOutputStream(to, 1 << 16), false, StandardCharsets.UTF_8);
        this.json = json;
        this.clock = clock;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tagcat-access-log");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(out::flush, FLUSH_MS, FLUSH_MS, TimeUnit.MILLISECONDS);
    }

    void flush() {
        out.flush();
    }

    @Override
    public void close() {
        flusher.shutdownNow();
        out.flush();
    }

    void log(String ip, String method, String path, int status, double millis) {
        String line;
        if (json) {
            line = JsonNodeFactory.instance.objectNode().put("time", clock.instant().toString()).put("ip", ip)
                    .put("method", method).put("path", path).put("status", status)
                    .put("ms", Math.round(millis * 1000) / 1000.0).toString();
        } else {
            // not String.format: it parses the pattern on every request, a tenth of a suggestion's time
            long tenths = Math.round(millis * 10);
            line = new StringBuilder(96).append(clock.instant()).append(' ').append(ip).append(' ').append(method).append(' ')
                    .append(path).append(' ').append(status).append(' ').append(tenths / 10).append('.').append(tenths % 10)
                    .append(" ms").toString();
        }
        out.println(line);
    }

    /** Service events (start, reload, stop) in the same stream and format. */
    void event(String message) {
        out.println(json ? JsonNodeFactory.instance.objectNode().put("time", clock.instant().toString())
                .put("event", message).toString() : clock.instant() + " " + message);
    }
}
