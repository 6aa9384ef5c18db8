package tagcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import tagcat.train.TrainingListener;

/**
 * One self-overwriting status line on stderr for long work (reading, k-means iterations). Silent with
 * --quiet or when stderr is not a terminal, so logs and pipes stay clean.
 */
final class Progress implements TrainingListener {
    private static final long MIN_INTERVAL_NANOS = 200_000_000L;
    private final PrintWriter err;
    private final boolean enabled;
    private final int runs;
    private long last;
    private int width;

    Progress(PrintWriter err, boolean enabled, int runs) {
        this.err = err;
        this.enabled = enabled;
        this.runs = runs;
    }

    static Progress forStderr(PrintWriter err, boolean quiet, int runs) {
        return new Progress(err, !quiet && stderrIsTerminal(), runs);
    }

    /** Java has no isatty for stderr; on Linux its fd link names the terminal device. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public void update(String source, long linesRead, long bytesRead) {
        show(String.format("reading %s: %,d lines, %,.1f MB", source, linesRead, bytesRead / 1e6), false);
    }

    @Override
    public void seeding(int run, int chosen, int k) {
        show(String.format("k-means++%s: %d of %d centres chosen", runs > 1 ? " run " + (run + 1) + "/" + runs : "", chosen, k), false);
    }

    @Override
    public void iteration(int run, int iteration, double centerShift, long labelsChanged) {
        show(String.format("k-means%s: iteration %d, %,d posts changed category, centre shift %.3g",
                runs > 1 ? " run " + (run + 1) + "/" + runs : "", iteration, labelsChanged, centerShift), false);
    }

    @Override
    public void stage(String description) {
        status(description);
    }

    /** Printed whatever --quiet says: warnings are not progress. */
    @Override
    public void warning(String message) {
        done();
        err.println("warning: " + message);
        err.flush();
    }

    void status(String message) {
        show(message, true);
    }

    private void show(String message, boolean force) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - last < MIN_INTERVAL_NANOS) {
            return;
        }
        last = now;
        String pad = message.length() < width ? " ".repeat(width - message.length()) : "";
        width = message.length();
        err.print("\r" + message + pad);
        err.flush();
    }

    /** Clears the status line before normal output. */
    void done() {
        if (enabled && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
