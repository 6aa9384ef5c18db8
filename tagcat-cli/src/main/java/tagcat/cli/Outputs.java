package tagcat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tagcat.model.AtomicFile;

/**
 * Output paths checked before any work, so that a bad one is found in a second, not after an hour of
 * clustering and a model already written: not an input, not a folder, device or pipe, in a writable place.
 */
final class Outputs {
    private Outputs() {
    }

    static void check(String option, Path out, List<String> inputs) throws IOException {
        if (out == null) {
            return;
        }
        for (String in : inputs) {
            if (!in.equals("-") && Files.exists(out) && Files.exists(Path.of(in)) && Files.isSameFile(out, Path.of(in))) {
                throw new UsageError(option + " " + out + " is also an input: writing it would replace the posts being read");
            }
        }
        AtomicFile.check(out);
    }

    /** Writes charts into a folder. */
    @FunctionalInterface
    interface Charts {
        List<Path> writeInto(Path dir) throws IOException;
    }

    /**
     * Charts for {@code --plot DIR}, written into a folder of {@code outputs} that is moved into DIR on its commit;
     * errors name DIR, not that folder. Returns how many files.
     */
    static int charts(AtomicFile.Group outputs, Path plot, Charts charts) throws IOException {
        try {
            return charts.writeInto(outputs.directory(plot)).size();
        } catch (java.io.InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            throw tagcat.ingest.FileErrors.about(plot, e);
        }
    }

    /** {@link #charts} as a unit of its own: all of them in DIR, or none changed. */
    static int charts(Path plot, Charts charts) throws IOException {
        try (AtomicFile.Group outputs = AtomicFile.group()) {
            int n = charts(outputs, plot, charts);
            outputs.commit();
            return n;
        }
    }
}
