package tagcat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several outputs as one unit: all of them in place, or none replaced and no temporary file left. */
class AtomicFileGroupTest {
    @TempDir
    Path dir;

    private long entries(Path d) throws IOException {
        try (Stream<Path> s = Files.walk(d)) {
            return s.count() - 1;
        }
    }

    @Test
    void aFailureInTheSecondOutputLeavesTheFirstAsItWas() throws IOException {
        Path model = Files.writeString(dir.resolve("model.json"), "old model");
        Path assignments = Files.writeString(dir.resolve("assignments.csv"), "old assignments");
        assertThatThrownBy(() -> {
            try (AtomicFile.Group g = AtomicFile.group()) {
                g.write(model, out -> out.write("new model".getBytes(StandardCharsets.UTF_8)));
                g.write(assignments, out -> {
                    throw new IOException("No space left on device");
                });
                g.commit();
            }
        }).hasMessage(assignments + ": No space left on device");
        assertThat(Files.readString(model)).isEqualTo("old model");
        assertThat(Files.readString(assignments)).isEqualTo("old assignments");
        assertThat(entries(dir)).isEqualTo(2); // no temporary file
    }

    @Test
    void anInterruptBeforeTheCommitReplacesNothing() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "old a");
        Path b = dir.resolve("b.txt.gz");
        try {
            assertThatThrownBy(() -> {
                try (AtomicFile.Group g = AtomicFile.group()) {
                    g.write(a, out -> out.write('x'));
                    g.write(b, out -> {
                        Thread.currentThread().interrupt(); // Ctrl-C while the second output is written
                        out.write(new byte[300_000]);
                    });
                    g.commit();
                }
            }).isInstanceOf(java.io.InterruptedIOException.class).hasMessage("interrupted while writing " + b);
        } finally {
            Thread.interrupted();
        }
        assertThat(Files.readString(a)).isEqualTo("old a");
        assertThat(b).doesNotExist();
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void streamsOpenTogetherAreCommittedTogetherGzipByName() throws IOException {
        Path posts = dir.resolve("posts.txt.gz");
        Path labels = dir.resolve("labels.txt");
        try (AtomicFile.Group g = AtomicFile.group()) {
            OutputStream p = g.open(posts);
            OutputStream l = g.open(labels);
            for (int i = 0; i < 1000; i++) {
                p.write(("{a" + i + "}\n").getBytes(StandardCharsets.UTF_8));
                l.write("topic\n".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(posts).doesNotExist(); // nothing in place before the commit
            g.commit();
        }
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(posts))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("{a0}\n").endsWith("{a999}\n");
        }
        assertThat(Files.readAllLines(labels)).hasSize(1000);
        assertThat(entries(dir)).isEqualTo(2);
    }

    @Test
    void aFolderOutputIsFilledAsideAndMovedInOnCommitKeepingOtherFiles() throws IOException {
        Path plots = Files.createDirectories(dir.resolve("plots"));
        Files.writeString(plots.resolve("notes.txt"), "mine");
        Files.writeString(plots.resolve("sizes.png"), "old chart");
        try (AtomicFile.Group g = AtomicFile.group()) {
            Path tmp = g.directory(plots);
            AtomicFile.write(tmp.resolve("sizes.png"), out -> out.write('1'));
            AtomicFile.write(tmp.resolve("categories/c0.png"), out -> out.write('2'));
            // no commit: an interrupted --plot leaves the folder as it was
        }
        assertThat(Files.readString(plots.resolve("sizes.png"))).isEqualTo("old chart");
        assertThat(entries(dir)).isEqualTo(3); // plots/, notes.txt, sizes.png
        try (AtomicFile.Group g = AtomicFile.group()) {
            Path tmp = g.directory(plots);
            AtomicFile.write(tmp.resolve("sizes.png"), out -> out.write('1'));
            AtomicFile.write(tmp.resolve("categories/c0.png"), out -> out.write('2'));
            g.commit();
        }
        assertThat(Files.readString(plots.resolve("sizes.png"))).isEqualTo("1");
        assertThat(Files.readString(plots.resolve("categories/c0.png"))).isEqualTo("2");
        assertThat(Files.readString(plots.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(entries(dir)).isEqualTo(5); // plots/, notes, sizes, categories/, c0: no temporary folder
    }
}
