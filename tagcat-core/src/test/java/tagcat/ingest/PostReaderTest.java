package tagcat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostReaderTest {
    @TempDir
    Path dir;

    private final List<Post> posts = new ArrayList<>();

    private static final ReadOptions PG = ReadOptions.defaults().withFormat(InputFormat.PGARRAY);
    private static final ReadOptions TAGS = ReadOptions.defaults().withFormat(InputFormat.TAGS);

    private ReadReport read(String source, byte[] bytes, ReadOptions options) throws IOException {
        return PostReader.read(source, new ByteArrayInputStream(bytes), options, posts::add);
    }

    private ReadReport read(String source, String text, ReadOptions options) throws IOException {
        return read(source, text.getBytes(StandardCharsets.UTF_8), options);
    }

    private List<List<String>> tags() {
        return posts.stream().map(Post::tags).toList();
    }

    private List<Long> postLines() {
        return posts.stream().map(Post::line).toList();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(PostReaderTest.class.getResource(name).toURI());
    }

    @Test
    void theArticleFixtureGivesSixPostsWithTheLastOneLosingItsEmptyElement() throws Exception {
        ReadReport r = PostReader.read(List.of(resource("/fixtures/article-6.pgarray").toString()),
                ReadOptions.defaults(), posts::add);
        assertThat(tags()).containsExactly(List.of("italy", "food"), List.of("food", "italy"), List.of("food"),
                List.of("italy", "architecture"), List.of("architecture", "italy"), List.of("architecture"));
        assertThat(postLines()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(r.formats().values()).containsExactly(InputFormat.PGARRAY);
        assertThat(r.summary()).isEqualTo("6 posts from 6 lines; dropped: 0 empty, 0 malformed");
    }

    @Test
    void eachResourceFileIsDetectedAndReadWithExactCounts() throws Exception {
        String captions = resource("/ingest/captions.txt").toString();
        String harrison = resource("/ingest/harrison.tags").toString();
        String jsonl = resource("/ingest/posts.jsonl").toString();
        ReadReport r = PostReader.read(List.of(captions, harrison, jsonl), ReadOptions.defaults(), posts::add);

        assertThat(r.formats()).containsExactly(java.util.Map.entry(captions, InputFormat.TEXT),
                java.util.Map.entry(harrison, InputFormat.TAGS), java.util.Map.entry(jsonl, InputFormat.JSONL));
        assertThat(posts).containsExactly(
                new Post(captions, 1, List.of("roma", "pasta")),
                new Post(captions, 4, List.of("東京", "travel")),
                new Post(harrison, 1, List.of("sea", "instapic", "instagram", "trip", "travel")),
                new Post(harrison, 2, List.of("food", "italy", "pasta")),
                new Post(jsonl, 1, List.of("italy", "food")),
                new Post(jsonl, 2, List.of("café")));
        assertThat(r.badLines()).containsExactly(new BadLine(jsonl, 3, "invalid JSON: Unexpected end-of-input: expected close marker for Object"));
        assertThat(List.of(r.lines(), r.posts(), r.droppedEmpty(), r.malformed())).containsExactly(11L, 6L, 4L, 1L);
    }

    @Test
    void lineNumbersArePhysicalAndOneBasedCountingBlankAndBadLines() throws Exception {
        ReadReport r = read("p", "{a}\n\n{b\n{}\n{c}", PG);
        assertThat(postLines()).containsExactly(1L, 5L);
        assertThat(r.badLines()).containsExactly(new BadLine("p", 3, "missing '}' at the end of the array"));
        assertThat(List.of(r.lines(), r.posts(), r.droppedEmpty(), r.malformed())).containsExactly(5L, 2L, 2L, 1L);
    }

    @Test
    void crlfLinesReadLikeLfLines() throws Exception {
        read("p", "{\"a \"}\r\n{b}\r\n", PG);
        assertThat(tags()).containsExactly(List.of("a"), List.of("b"));
        posts.clear();
        // with a 1-char limit a kept '\r' would make "b\r" too long
        ReadReport r = read("t", "a\r\nb\r\n", TAGS.withMaxTagLength(1));
        assertThat(tags()).containsExactly(List.of("a"), List.of("b"));
        assertThat(r.malformed()).isZero();
    }

    @Test
    void aByteOrderMarkAtTheStartIsIgnored() throws Exception {
        ReadReport r = read("p", "\uFEFF{italy}\n{food}\n", ReadOptions.defaults());
        assertThat(r.formats()).containsEntry("p", InputFormat.PGARRAY);
        assertThat(tags()).containsExactly(List.of("italy"), List.of("food"));
    }

    @Test
    void invalidUtf8MakesThatLineMalformedAndTheRestIsRead() throws Exception {
        byte[] bytes = {'{', 'a', '}', '\n', '{', 'b', (byte) 0xFF, '}', '\n', '{', 'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9, '}', '\n'};
        ReadReport r = read("p", bytes, ReadOptions.defaults());
        assertThat(r.formats()).containsEntry("p", InputFormat.PGARRAY);
        assertThat(tags()).containsExactly(List.of("a"), List.of("café"));
        assertThat(r.badLines()).containsExactly(new BadLine("p", 2, "invalid UTF-8"));
    }

    @Test
    void aLineOverOneMebibyteIsMalformedAndTheNextLineIsRead() throws Exception {
        byte[] big = new byte[PostReader.MAX_LINE_BYTES + 1];
        Arrays.fill(big, (byte) 'x');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("first\n".getBytes(StandardCharsets.US_ASCII));
        out.write(big);
        out.write("\nlast\n".getBytes(StandardCharsets.US_ASCII));
        ReadReport r = read("t", out.toByteArray(), TAGS);
        assertThat(r.badLines()).containsExactly(new BadLine("t", 2, "line longer than 1048576 bytes"));
        assertThat(posts).containsExactly(new Post("t", 1, List.of("first")), new Post("t", 3, List.of("last")));
    }

    @Test
    void aHugeLineIsSkippedWithoutHoldingItInMemory() throws Exception {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) mx;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        long hugeLine = 256L << 20;
        InputStream in = new InputStream() { // 256 MiB of 'x', then "\nend\n", generated on the fly
            final byte[] tail = "\nend\n".getBytes(StandardCharsets.US_ASCII);
            long pos;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= hugeLine + tail.length) {
                    return -1;
                }
                int n = 0;
                while (n < len && pos < hugeLine) {
                    b[off + n++] = 'x';
                    pos++;
                }
                while (n < len && pos >= hugeLine && pos < hugeLine + tail.length) {
                    b[off + n++] = tail[(int) (pos++ - hugeLine)];
                }
                return n;
            }
        };
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        ReadReport r = PostReader.read("big", in, TAGS, posts::add);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(r.malformed()).isEqualTo(1);
        assertThat(posts).containsExactly(new Post("big", 2, List.of("end")));
        assertThat(allocated).as("bytes allocated reading a 256 MiB line").isLessThan(16L << 20);
    }

    @Test
    void gzipFilesAreReadTransparentlyWhateverTheirName() throws Exception {
        byte[] pg = "{italy,food}\n{food}\n".getBytes(StandardCharsets.UTF_8);
        Path named = dir.resolve("posts.pgarray.gz");
        Path unnamed = dir.resolve("posts.dat");
        Files.write(named, gzip(pg));
        Files.write(unnamed, gzip(pg));
        ReadReport r = PostReader.read(List.of(named.toString(), unnamed.toString()), ReadOptions.defaults(), posts::add);
        assertThat(tags()).containsExactly(List.of("italy", "food"), List.of("food"), List.of("italy", "food"), List.of("food"));
        assertThat(r.formats()).containsValues(InputFormat.PGARRAY, InputFormat.PGARRAY);
    }

    @Test
    void aJsonLinesNameIsRecognizedUnderGz() throws Exception {
        Path file = dir.resolve("posts.jsonl.gz");
        Files.write(file, gzip("{\"caption\":\"#Sea\"}\n".getBytes(StandardCharsets.UTF_8)));
        ReadReport r = PostReader.read(List.of(file.toString()), ReadOptions.defaults(), posts::add);
        assertThat(r.formats()).containsEntry(file.toString(), InputFormat.JSONL);
        assertThat(tags()).containsExactly(List.of("sea"));
    }

    @Test
    void concatenatedGzipMembersAreAllRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(gzip("a\n".getBytes(StandardCharsets.UTF_8)));
        out.write(gzip("b\n".getBytes(StandardCharsets.UTF_8)));
        read("-", out.toByteArray(), TAGS);
        assertThat(tags()).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void aTruncatedGzipStreamIsAnIoErrorNamingTheSource() throws Exception {
        byte[] gz = gzip("a\nb\nc\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        assertThatThrownBy(() -> read("posts.gz", cut, TAGS))
                .isInstanceOf(IOException.class).hasMessageStartingWith("posts.gz: ");
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        String missing = dir.resolve("nope.txt").toString();
        assertThatThrownBy(() -> PostReader.read(List.of(missing), ReadOptions.defaults(), posts::add))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("nope.txt");
    }

    @Test
    void autoOnAStreamDetectsFromTheFirstLinesAndLosesNoLine() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 250; i++) {
            sb.append(i % 50 == 0 ? "\n" : "Day " + i + " of #Tag" + i + " #daily\n");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(bytes) { // returns at most 7 bytes per read, like a slow pipe
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        ReadReport r = PostReader.read("-", trickle, ReadOptions.defaults(), posts::add);
        assertThat(r.formats()).containsEntry("-", InputFormat.TEXT);
        assertThat(List.of(r.lines(), r.posts(), r.droppedEmpty())).containsExactly(250L, 245L, 5L);
        for (Post p : posts) {
            assertThat(p.tags()).containsExactly("tag" + p.line(), "daily");
        }
        assertThat(postLines()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theGivenStreamIsNotClosed() throws Exception {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(gzip("a\n".getBytes(StandardCharsets.UTF_8))) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        PostReader.read("-", in, TAGS, posts::add);
        assertThat(closed[0]).isFalse();
        assertThat(tags()).containsExactly(List.of("a"));
    }

    @Test
    void failStopsAtTheFirstMalformedLineAfterPassingTheEarlierPosts() throws Exception {
        String text = "{a}\n{b}\n\n{c\n{d}\n{e\n";
        assertThatThrownBy(() -> read("in.pg", text, PG.withOnError(OnError.FAIL)))
                .isInstanceOfSatisfying(MalformedInputException.class, e -> {
                    assertThat(e.badLine()).isEqualTo(new BadLine("in.pg", 4, "missing '}' at the end of the array"));
                    assertThat(e).hasMessage("in.pg:4: missing '}' at the end of the array");
                });
        assertThat(tags()).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void skipCountsEveryLineOnceAndKeepsTheFirstThousandBadLines() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            sb.append(i % 2 == 0 ? "{bad\n" : i % 3 == 0 ? "{}\n" : "{ok}\n");
        }
        ReadReport r = read("p", sb.toString(), PG);
        assertThat(r.lines()).isEqualTo(3000);
        assertThat(r.malformed()).isEqualTo(1500);
        assertThat(r.droppedEmpty()).isEqualTo(500);
        assertThat(r.posts()).isEqualTo(1000).isEqualTo(posts.size());
        assertThat(r.badLines()).hasSize(1000);
        assertThat(r.badLines().get(0).line()).isEqualTo(2);
        assertThat(r.badLines().get(999).line()).isEqualTo(2000);
    }

    @Test
    void aTooLongTagMakesItsLineMalformed() throws Exception {
        String ok = "x".repeat(256);
        ReadReport r = read("t", ok + "\n" + ok + "y other\n", TAGS);
        assertThat(posts).containsExactly(new Post("t", 1, List.of(ok)));
        assertThat(r.badLines()).containsExactly(new BadLine("t", 2, "tag longer than 256 chars"));
        posts.clear();
        ReadReport r5 = read("t", "short longer\n", TAGS.withMaxTagLength(5));
        assertThat(r5.badLines()).containsExactly(new BadLine("t", 1, "tag longer than 5 chars"));
    }

    @Test
    void theFieldOptionPicksTheJsonField() throws Exception {
        read("x", "{\"tags\":[\"no\"],\"labels\":[\"yes\"]}\n", ReadOptions.defaults().withField("labels"));
        assertThat(tags()).containsExactly(List.of("yes"));
    }

    @Test
    void progressIsToldEvery65536LinesAndAtTheEndOfEachInput() throws Exception {
        List<String> updates = new ArrayList<>();
        ReadOptions options = TAGS.withProgress((s, l, b) -> updates.add(s + " " + l + " " + b));
        byte[] lines = "ab\n".repeat(2 * 65536 + 10).getBytes(StandardCharsets.US_ASCII);
        PostReader.read("one", new ByteArrayInputStream(lines), options, p -> { });
        assertThat(updates).hasSize(3);
        assertThat(updates.get(0)).startsWith("one 65536 ");
        assertThat(updates.get(1)).startsWith("one 131072 ");
        assertThat(updates.get(2)).isEqualTo("one 131082 " + lines.length);

        updates.clear();
        byte[] gz = gzip(lines);
        PostReader.read("two.gz", new ByteArrayInputStream(gz), options, p -> { });
        assertThat(updates.get(2)).as("bytes as stored, compressed").isEqualTo("two.gz 131082 " + gz.length);
    }

    @Test
    void severalInputsAreReadInOrderAndTheirReportsAdded() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "{x}\n{y\n");
        Files.writeString(b, "one two\n\n");
        ReadReport r = PostReader.read(List.of(a.toString(), b.toString()), ReadOptions.defaults(), posts::add);
        assertThat(posts).containsExactly(new Post(a.toString(), 1, List.of("x")), new Post(b.toString(), 1, List.of("one", "two")));
        assertThat(r.badLines()).containsExactly(new BadLine(a.toString(), 2, "missing '}' at the end of the array"));
        assertThat(r.summary()).isEqualTo("2 posts from 4 lines; dropped: 1 empty, 1 malformed");
        assertThat(r.formats()).containsExactly(java.util.Map.entry(a.toString(), InputFormat.PGARRAY),
                java.util.Map.entry(b.toString(), InputFormat.TAGS));
    }

    @Test
    void anExceptionFromTheSinkIsPassedOnUnchanged() {
        UncheckedIOException boom = new UncheckedIOException(new IOException("disk full"));
        assertThatThrownBy(() -> PostReader.read("t", new ByteArrayInputStream("a\n".getBytes(StandardCharsets.UTF_8)),
                TAGS, p -> {
                    throw boom;
                })).isSameAs(boom);
    }

    @Test
    void parseLineWithAutoDetectsFromTheLineItself() throws Exception {
        assertThat(PostReader.parseLine(InputFormat.AUTO, null, "{italy,\"new york\"}")).containsExactly("italy", "new york");
        assertThat(PostReader.parseLine(InputFormat.AUTO, null, "Lunch in #Roma")).containsExactly("roma");
        assertThat(PostReader.parseLine(InputFormat.AUTO, null, "sea, travel")).containsExactly("sea", "travel");
        assertThat(PostReader.parseLine(InputFormat.AUTO, null, "{\"tags\":[\"a\"]}")).containsExactly("a");
    }

    @Test
    void parseLineGivesAnEmptyListForABlankLineInEveryFormat() throws Exception {
        for (InputFormat f : InputFormat.values()) {
            assertThat(PostReader.parseLine(f, null, " \t")).as(f.id()).isEmpty();
        }
    }

    @Test
    void parseLineAppliesTheTagLengthLimit() {
        assertThatThrownBy(() -> PostReader.parseLine(InputFormat.TAGS, null, "x".repeat(257)))
                .isInstanceOf(BadLineException.class).hasMessage("tag longer than 256 chars");
        assertThatThrownBy(() -> PostReader.parseLine(InputFormat.TAGS, null, "abcdef", 5))
                .isInstanceOf(BadLineException.class).hasMessage("tag longer than 5 chars");
    }
}
