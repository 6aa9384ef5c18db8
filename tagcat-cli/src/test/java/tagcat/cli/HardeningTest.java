package tagcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exit codes that tell the truth: a bad option value is a usage error naming the option; a failed write is a failure. */
class HardeningTest {
    @TempDir
    Path dir;

    private String posts() throws IOException {
        return Files.writeString(dir.resolve("p.txt"), "food pizza\nfood pasta\nsea beach\nsea boat\n").toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cluster|--k|0|--k must be at least 1",
        "cluster|--threads|0|--threads must be at least 1",
        "cluster|--threads|2147483647|--threads must be at most 1024",
        "cluster|--n-init|0|--n-init must be at least 1",
        "cluster|--max-iter|0|--max-iter must be at least 1",
        "cluster|--tol|-1|--tol must be between 0",
        "cluster|--tol|NaN|--tol must be between 0",
        "cluster|--dims|0|--dims must be at least 1",
        "cluster|--method|bogus|--method:",
        "cluster|--max-df|0|--max-df 0 keeps no tag",
        "cluster|--min-similarity|2|--min-similarity must be between 0 and 1",
        "cluster|--batch-size|0|--batch-size must be at least 1",
        "cluster|--max-features|-5|--max-features must be at least 0",
        "cluster|--cooccurrence|-1|--cooccurrence must be at least 0",
        "cluster|--algorithm|fast|--algorithm:",
        "choose-k|--sample|0|--sample must be at least 1",
    })
    void aBadOptionValueIsAUsageErrorNamingTheOption(String command, String option, String value, String message)
            throws IOException {
        String[] args = command.equals("choose-k")
                ? new String[] {command, posts(), "--k", "2..3", option, value}
                : new String[] {command, posts(), "--k", option.equals("--k") ? value : "2", option, value};
        if (option.equals("--k")) {
            args = new String[] {command, posts(), "--k", value};
        }
        CliRun r = CliRun.of(args);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(message);
    }

    @Test
    void aMinDfAboveEveryTagSaysSoInWholeCountsAndBlamesNeitherBoundWrongly() throws IOException {
        CliRun r = CliRun.of("cluster", posts(), "--k", "2", "--min-df", "5");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("no tag can be kept: min-df 5 needs tags on at least 5 of the 4 posts, max-df 1.0 allows at most 4");
        CliRun both = CliRun.of("cluster", posts(), "--k", "2", "--min-df", "3", "--max-df", "2");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("--min-df 3 is above --max-df 2");
    }

    @Test
    void postsWhoseTagsWereAllPrunedAreCountedNotHidden() throws IOException {
        String in = Files.writeString(dir.resolve("q.txt"), "food pizza\nfood pasta\nsea beach\nsea boat\nlonely unique\n").toString();
        CliRun r = CliRun.of("cluster", in, "--k", "2", "--min-df", "2", "--method", "article", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("5 posts, 2 tags").contains("1 post in no category: none of its tags is in the vocabulary");
        assertThat(CliRun.of("cluster", in, "--k", "2", "--min-df", "2", "--json", "-q").out()).contains("\"no_known_tag\":1");
    }

    @Test
    void outputsAreCheckedBeforeTheWorkAndNeverReplaceAnInputAFolderOrADevice() throws IOException {
        String in = posts();
        CliRun same = CliRun.of("cluster", in, "--k", "2", "--assignments", in, "-q");
        assertThat(same.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(same.err()).contains("--assignments " + in + " is also an input");
        assertThat(Files.readString(Path.of(in))).startsWith("food pizza");

        Path folder = Files.createDirectories(dir.resolve("out-folder"));
        CliRun toFolder = CliRun.of("cluster", in, "--k", "2", "--model", folder.toString(), "-q");
        assertThat(toFolder.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(toFolder.err()).contains(folder + ": is a folder");

        Path model = dir.resolve("m.json");
        CliRun device = CliRun.of("cluster", in, "--k", "2", "--model", model.toString(), "--assignments", "/dev/null", "-q");
        assertThat(device.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(device.err()).contains("/dev/null: not a regular file");
        assertThat(model).as("nothing written when an output is refused up front").doesNotExist();
        assertThat(Path.of("/dev/null")).satisfies(p -> assertThat(Files.isRegularFile(p)).isFalse());

        Path target = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target.getFileName());
        CliRun viaLink = CliRun.of("cluster", in, "--k", "2", "--assignments", link.toString(), "-q");
        assertThat(viaLink.exitCode()).as(viaLink.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link stays a link").isTrue();
        assertThat(Files.readString(target)).startsWith("line,category_id");
    }

    @Test
    void generateRefusesANegativeCount() {
        CliRun r = CliRun.of("generate", "--posts", "-1", "--out", dir.resolve("g.txt").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--posts must be at least 0");
        assertThat(dir.resolve("g.txt")).doesNotExist();
    }

    @Test
    void methodAndMetricThatDisagreeAreRefusedNotSilentlyResolved() throws IOException {
        CliRun r = CliRun.of("cluster", posts(), "--k", "2", "--method", "lsa", "--metric", "euclidean");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--method lsa and --metric euclidean disagree");
        assertThat(CliRun.of("cluster", posts(), "--k", "2", "--method", "article", "--metric", "euclidean", "-q").exitCode())
                .isZero();
    }

    @Test
    void anUnknownCommandIsAUsageErrorEvenWithHelp() {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"bogus", "--help"}, new CheckedOutput(new ByteArrayOutputStream()),
                new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("unknown command 'bogus'").contains("cluster");
    }

    @Test
    void aFullDiskOnStandardOutputIsAFailureNotExitZero() throws IOException {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"cluster", posts(), "--k", "2", "--json", "-q"},
                new CheckedOutput(failingAfter(100, "No space left on device")), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("write error on standard output: No space left on device");
    }

    @Test
    void aClosedPipeEndsQuietlyWithTheShellsSigpipeCode() throws IOException {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"cluster", posts(), "--k", "2", "--json", "-q"},
                new CheckedOutput(failingAfter(10, "Broken pipe")), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.BROKEN_PIPE);
        assertThat(err.toString()).doesNotContain("write error");
    }

    @Test
    void aWorkingStandardOutputGetsEverything() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"cluster", posts(), "--k", "2", "--json", "-q"}, new CheckedOutput(out),
                new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("{").contains("\"categories\"");
    }

    @Test
    void ioErrorsNameTheirFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        CliRun model = CliRun.of("suggest", "--model", folder.toString(), "--tags", "food");
        assertThat(model.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(model.err()).contains(folder.toString()).contains("Is a directory");
        String article = ArticleModelFile.write(dir).toString();
        CliRun table = CliRun.of("suggest", "--model", article, "--tags", "food", "--popularity", folder.toString());
        assertThat(table.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(table.err()).contains(folder.toString()).contains("Is a directory");
        CliRun input = CliRun.of("cluster", folder.toString(), "--k", "2");
        assertThat(input.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(input.err()).contains(folder.toString());
    }

    @Test
    void runningOutOfMemoryOrIndexSpaceIsOneLineNotAStackTrace() {
        picocli.CommandLine cl = Main.newCommandLine();
        cl.addSubcommand("heap", new picocli.CommandLine(new Boom(new OutOfMemoryError("Java heap space"))));
        cl.addSubcommand("overflow", new picocli.CommandLine(new Boom(new ArithmeticException("integer overflow"))));
        StringWriter err = new StringWriter();
        assertThat(Main.execute(cl, new String[] {"heap"}, new CheckedOutput(new ByteArrayOutputStream()), new PrintWriter(err)))
                .isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).startsWith("tagcat: out of memory (Java heap space)").contains("-Xmx8g").doesNotContain("\tat ");
        StringWriter err2 = new StringWriter();
        assertThat(Main.execute(cl, new String[] {"overflow"}, new CheckedOutput(new ByteArrayOutputStream()), new PrintWriter(err2)))
                .isEqualTo(ExitCodes.FAILURE);
        assertThat(err2.toString()).contains("too large: integer overflow").doesNotContain("internal error");
    }

    @picocli.CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        private final Throwable what;

        Boom(Throwable what) {
            this.what = what;
        }

        @Override
        public Integer call() throws Exception {
            if (what instanceof Error e) {
                throw e;
            }
            throw (Exception) what;
        }
    }

    /** A stream that takes {@code limit} bytes, then fails as a full disk or a closed pipe does. */
    private static OutputStream failingAfter(int limit, String message) {
        return new OutputStream() {
            int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > limit) {
                    throw new IOException(message);
                }
            }
        };
    }

    @Test
    void nothingFromDataOrArgumentsReachesTheTerminalAsAControlSequence() throws IOException {
        Path bad = Files.writeString(dir.resolve("p.txt"), "food pizza\nred\u001b]0;owned\u0007 tag\n");
        CliRun r = CliRun.of("stats", bad.toString(), "--on-error", "fail");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.MALFORMED_INPUT);
        assertThat(r.err()).contains(bad + ":2: control character U+001B (ESC)").doesNotContain("\u001b");
        CliRun missing = CliRun.of("stats", dir.resolve("x\u001b[2J.txt").toString());
        assertThat(missing.err()).contains("x\\u001B[2J.txt").doesNotContain("\u001b");
    }

    @Test
    void bzip2AndUtf16InputAreRefusedWithWhatTheyAre() throws IOException {
        Path bz = Files.write(dir.resolve("posts.txt"), new byte[] {'B', 'Z', 'h', '9', 0x31, 0x41, 0x59, 0x26, 0x53});
        CliRun r = CliRun.of("cluster", bz.toString(), "--k", "2");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).isEqualTo("tagcat cluster: " + bz + ": bzip2-compressed data, which tagcat does not read"
                + " (it reads text and gzip): decompress it first, e.g. bzip2 -dc FILE | tagcat ... -\n");
    }

    @Test
    void rejectsHoldsEveryRejectedLineWithItsRawTextBeyondTheTwentyShown() throws IOException {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            in.append("{ok,fine}\n{broken").append(i).append("\n");
        }
        Path posts = Files.writeString(dir.resolve("p.txt"), in);
        Files.write(posts, new byte[] {'{', (byte) 0xE9, '}', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Path rejects = dir.resolve("rejects.jsonl");
        CliRun r = CliRun.of("stats", posts.toString(), "--format", "pgarray", "--rejects", rejects.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        java.util.List<String> lines = Files.readAllLines(rejects);
        assertThat(lines).hasSize(31);
        assertThat(lines.get(0)).isEqualTo("{\"source\":\"" + posts + "\",\"line\":2,\"reason\":\"missing '}' at the end"
                + " of the array\",\"text\":\"{broken0\"}");
        assertThat(lines.get(30)).contains("\"line\":61").contains("\"reason\":\"invalid UTF-8\"")
                .contains("\"base64\":\"e+l9\"");
        assertThat(r.err()).contains("... and 11 more malformed lines");
    }

    @Test
    void rejectsUnderOnErrorFailNamesTheLineThatStoppedTheRunAndAnEmptyRunEmptiesTheFile() throws IOException {
        Path posts = Files.writeString(dir.resolve("p.txt"), "{a,b}\n{c\n{d}\n");
        Path rejects = Files.writeString(dir.resolve("rejects.jsonl"), "old contents\n");
        CliRun r = CliRun.of("stats", posts.toString(), "--rejects", rejects.toString(), "--on-error", "fail");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.MALFORMED_INPUT);
        assertThat(Files.readAllLines(rejects)).singleElement().asString().contains("\"line\":2").contains("{c");
        Path clean = Files.writeString(dir.resolve("clean.txt"), "{a,b}\n");
        assertThat(CliRun.of("stats", clean.toString(), "--rejects", rejects.toString()).exitCode()).isZero();
        assertThat(Files.readString(rejects)).isEmpty();
        CliRun same = CliRun.of("stats", clean.toString(), "--rejects", clean.toString());
        assertThat(same.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(same.err()).contains("--rejects " + clean + " is also an input");
    }

    @Test
    void suggestInputTakesRejectsToo() throws IOException {
        Path model = dir.resolve("m.json");
        assertThat(CliRun.of("cluster", posts(), "--k", "2", "--model", model.toString(), "--quiet").exitCode()).isZero();
        Path in = Files.writeString(dir.resolve("new.txt"), "{food,pizza}\n{broken\n");
        Path rejects = dir.resolve("r.jsonl");
        CliRun r = CliRun.of("suggest", "--model", model.toString(), "--input", in.toString(), "--rejects", rejects.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(rejects)).singleElement().asString().contains("\"line\":2").contains("{broken");
    }
}
