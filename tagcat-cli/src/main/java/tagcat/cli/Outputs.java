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
}
