package tagcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractAndGenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void extractTurnsCaptionsIntoNormalizedTagListsWithLineNumbers() throws IOException {
        Path in = dir.resolve("captions.txt");
        Files.writeString(in, "Lunch in #Roma #pasta #PASTA\nno tags here\nsee https://x.com/a#frag and #café\n");
        CliRun r = CliRun.of("extract", in.toString(), "--format", "text");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "{\"line\":1,\"tags\":[\"roma\",\"pasta\"]}",
                "{\"line\":3,\"tags\":[\"café\"]}");
        assertThat(r.err()).contains("1 empty");
    }

    @Test
    void extractWritesPgarrayThatReadsBackTheSame() throws IOException {
        Path in = dir.resolve("p.txt");
        Files.writeString(in, "{\"new york\",nyc}\n{Food,\"#Italy\"}\n");
        Path out = dir.resolve("p.pgarray");
        assertThat(CliRun.of("extract", in.toString(), "--to", "pgarray", "--out", out.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("{\"new york\",nyc}", "{food,italy}");
        CliRun again = CliRun.of("extract", out.toString(), "--to", "pgarray");
        assertThat(again.out().lines()).containsExactly("{\"new york\",nyc}", "{food,italy}");
    }

    @Test
    void extractToTagsRefusesTagsWithSeparatorsInsteadOfSplittingThem() throws IOException {
        Path in = dir.resolve("p.txt");
        Files.writeString(in, "{\"new york\",nyc}\n{food,italy}\n");
        CliRun r = CliRun.of("extract", in.toString(), "--to", "tags");
        assertThat(r.out().lines()).containsExactly("food italy");
        assertThat(r.err()).contains(in + ":1:", "--to pgarray");
        assertThat(CliRun.of("extract", in.toString(), "--to", "tags", "--on-error", "fail").exitCode()).isEqualTo(3);
    }

    @Test
    void generateIsDeterministicAndWritesLabels() throws IOException {
        Path a = dir.resolve("a.txt.gz");
        Path b = dir.resolve("b.txt.gz");
        Path labels = dir.resolve("labels.txt");
        assertThat(CliRun.of("generate", "--posts", "300", "--seed", "5", "--out", a.toString(), "--labels", labels.toString()).exitCode()).isZero();
        assertThat(CliRun.of("generate", "--posts", "300", "--seed", "5", "--out", b.toString()).exitCode()).isZero();
        assertThat(gunzip(a)).isEqualTo(gunzip(b));
        assertThat(gunzip(a).split("\n")).hasSize(300);
        assertThat(Files.readAllLines(labels)).hasSize(300);
        CliRun other = CliRun.of("generate", "--posts", "300", "--seed", "6");
        assertThat(other.out()).isNotEqualTo(gunzip(a));
    }

    @Test
    void generatedPostsClusterIntoTheirTopics() throws IOException {
        Path posts = dir.resolve("g.txt");
        assertThat(CliRun.of("generate", "--posts", "2000", "--seed", "2", "--out", posts.toString(), "--format", "pgarray").exitCode()).isZero();
        CliRun r = CliRun.of("cluster", posts.toString(), "--k", "10", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2,000 posts");
    }

    @Test
    void generateRejectsAnUnknownFormat() {
        CliRun r = CliRun.of("generate", "--posts", "3", "--format", "xml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--format: unknown format 'xml'");
    }

    private static String gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unused")
    private static List<String> lines(String s) {
        return s.lines().toList();
    }
}
