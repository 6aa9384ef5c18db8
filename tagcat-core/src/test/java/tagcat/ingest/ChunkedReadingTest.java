package tagcat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tagcat.text.TagCorpus;

/**
 * The tags format is read in chunks of about {@value LineChunks#CHUNK_BYTES} bytes split into lines by
 * the workers. Inputs of several chunks, with lines of every kind falling across chunk boundaries, must
 * give what parsing each line on its own gives: the same posts with the same line numbers, the same
 * bad lines, the same counts.
 */
class ChunkedReadingTest {
    private static final byte[] INVALID = {'o', 'k', ' ', (byte) 0xC3, (byte) 0x28};

    @Test
    void manyChunksGiveWhatEachLineGivesAlone() throws IOException {
        for (int threads : new int[] {1, 3}) {
            List<byte[]> lines = new ArrayList<>();
            ByteArrayOutputStream out = randomInput(new SplittableRandom(11), 4 * LineChunks.CHUNK_BYTES + 12345,
                    ChunkedReadingTest::randomLine, lines);
            byte[] last = "Final #LINE without terminator".getBytes(StandardCharsets.US_ASCII);
            lines.add(last);
            out.write(last);
            check(out.toByteArray(), lines, threads, InputFormat.TAGS);
        }
    }

    /**
     * Each parsing thread numbers tags on its own; the corpus merges the numberings in input order, so
     * it is the same whatever the thread count, and the same as from posts given one by one.
     */
    @Test
    void aCorpusIsTheSameOnAnyThreadCount() throws IOException {
        byte[] input = randomInput(new SplittableRandom(3), 3 * LineChunks.CHUNK_BYTES + 4321,
                ChunkedReadingTest::randomLine, new ArrayList<>()).toByteArray();
        List<Post> posts = new ArrayList<>();
        PostReader.read("in", new ByteArrayInputStream(input), ReadOptions.defaults().withFormat(InputFormat.TAGS), posts::add);
        TagCorpus.Builder oneByOne = TagCorpus.builder();
        posts.forEach(oneByOne);
        TagCorpus expected = oneByOne.build();
        for (int threads : new int[] {1, 2, 3}) {
            TagCorpus.Builder b = TagCorpus.builder();
            PostReader.read("in", new ByteArrayInputStream(input),
                    ReadOptions.defaults().withFormat(InputFormat.TAGS).withThreads(threads), b);
            TagCorpus c = b.build();
            assertThat(c.terms()).as("threads=%d", threads).isEqualTo(expected.terms());
            assertThat(c.size()).isEqualTo(expected.size());
            for (int p = 0; p < c.size(); p++) {
                assertThat(c.tagsOf(p)).isEqualTo(expected.tagsOf(p));
                assertThat(c.lineOf(p)).isEqualTo(expected.lineOf(p));
                assertThat(c.start(p)).isEqualTo(expected.start(p));
            }
            assertThat(c.documentFrequencies()).isEqualTo(expected.documentFrequencies());
        }
        assertThat(expected.terms()).contains("café", "東京", "tag7wanderlustlife");
        int[] counted = new int[expected.terms().size()]; // the builder's df is each tag's occurrences
        for (int j = 0; j < expected.occurrences(); j++) {
            counted[expected.tagAt(j)]++;
        }
        assertThat(expected.documentFrequencies()).isEqualTo(counted);
    }

    /** The same for Postgres array literals, whose common lines take a byte path and the rest the general parser. */
    @Test
    void pgArrayChunksGiveWhatEachLineGivesAlone() throws IOException {
        List<byte[]> lines = new ArrayList<>();
        ByteArrayOutputStream out = randomInput(new SplittableRandom(12), 2 * LineChunks.CHUNK_BYTES + 999,
                ChunkedReadingTest::randomArray, lines);
        check(out.toByteArray(), lines, 2, InputFormat.PGARRAY);
    }

    /** At least {@code bytes} of random lines, each also added to {@code lines}, ending in LF or (one in five) CRLF. */
    private static ByteArrayOutputStream randomInput(SplittableRandom r, int bytes,
                                                     java.util.function.Function<SplittableRandom, byte[]> line,
                                                     List<byte[]> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < bytes) {
            byte[] l = line.apply(r);
            lines.add(l);
            out.write(l);
            out.write(r.nextInt(5) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        }
        return out;
    }

    private static byte[] randomArray(SplittableRandom r) {
        String[] odd = {"NULL", "null", "\"NULL\"", "\"new york\"", "\"say \\\"hi\\\"\"", "a\\,b", " spaced ", "",
            "#Tag", "##", "Café", "東京", "new york", "z".repeat(257), "\"\"", "{nested}", "x\"y"};
        switch (r.nextInt(20)) {
            case 0:
                return new byte[0];
            case 1:
                return INVALID;
            case 2:
                return "{a,b".getBytes(StandardCharsets.US_ASCII);
            case 3:
                return "{a} trailing".getBytes(StandardCharsets.US_ASCII);
            case 4:
                return "  {}  ".getBytes(StandardCharsets.US_ASCII);
            default:
                StringBuilder b = new StringBuilder(r.nextBoolean() ? "{" : " { ");
                for (int t = 0, n = r.nextInt(12); t < n; t++) {
                    b.append(t == 0 ? "" : r.nextBoolean() ? "," : " , ");
                    b.append(r.nextInt(10) == 0 ? odd[r.nextInt(odd.length)]
                            : (r.nextInt(3) == 0 ? "#" : "") + (r.nextBoolean() ? "Tag" : "tag") + r.nextInt(300));
                }
                return b.append(r.nextBoolean() ? "}" : "} ").toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Auto-detection reads the first lines one by one; the chunks must take over exactly where it stopped. */
    @Test
    void autoDetectedTagsGiveTheSameAsTheExplicitFormat() throws IOException {
        SplittableRandom r = new SplittableRandom(5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < 2 * LineChunks.CHUNK_BYTES + 777) {
            StringBuilder line = new StringBuilder();
            for (int t = 0, n = 1 + r.nextInt(10); t < n; t++) {
                line.append(t == 0 ? "" : " ").append("tag").append(r.nextInt(500));
            }
            out.write((r.nextInt(50) == 0 ? "" : line + "\n").getBytes(StandardCharsets.US_ASCII));
            if (r.nextInt(5000) == 0) {
                out.write(INVALID);
                out.write('\n');
            }
        }
        byte[] input = out.toByteArray();
        List<Post> auto = new ArrayList<>();
        List<Post> tags = new ArrayList<>();
        ReadReport a = PostReader.read("in", new ByteArrayInputStream(input), ReadOptions.defaults(), auto::add);
        ReadReport t = PostReader.read("in", new ByteArrayInputStream(input),
                ReadOptions.defaults().withFormat(InputFormat.TAGS), tags::add);
        assertThat(a.formats()).containsEntry("in", InputFormat.TAGS);
        assertThat(auto).isEqualTo(tags);
        assertThat(a.badLines()).isEqualTo(t.badLines());
        assertThat(a.lines()).isEqualTo(t.lines());
        assertThat(auto.get(auto.size() - 1).line()).isGreaterThan(InputFormat.SAMPLE_LINES);
    }

    @Test
    void aTooLongLineAcrossChunksIsOneBadLine() throws IOException {
        byte[] huge = new byte[3 * LineChunks.CHUNK_BYTES];
        Arrays.fill(huge, (byte) 'y');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("\uFEFFfirst Line\n".getBytes(StandardCharsets.UTF_8));
        out.write(huge);
        out.write("\nafter\n\n  ,, \nend".getBytes(StandardCharsets.US_ASCII));
        List<Post> posts = new ArrayList<>();
        ReadReport report = PostReader.read("in", new ByteArrayInputStream(out.toByteArray()),
                ReadOptions.defaults().withFormat(InputFormat.TAGS), posts::add);
        assertThat(posts).containsExactly(new Post("in", 1, List.of("first", "line")), new Post("in", 3, List.of("after")),
                new Post("in", 6, List.of("end")));
        assertThat(report.badLines()).containsExactly(new BadLine("in", 2, "line longer than 1048576 bytes"));
        assertThat(report.lines()).isEqualTo(6);
        assertThat(report.droppedEmpty()).isEqualTo(2);
    }

    private static void check(byte[] input, List<byte[]> lines, int threads, InputFormat format) throws IOException {
        List<Post> posts = new ArrayList<>();
        ReadReport report = PostReader.read("in", new ByteArrayInputStream(input),
                ReadOptions.defaults().withFormat(format).withThreads(threads), posts::add);
        List<Post> expected = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        long empty = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = decode(lines.get(i));
            if (text == null) {
                bad.add(new BadLine("in", i + 1, "invalid UTF-8"));
                continue;
            }
            try {
                List<String> tags = PostReader.parseLine(format, null, text);
                if (tags.isEmpty()) {
                    empty++;
                } else {
                    expected.add(new Post("in", i + 1, tags));
                }
            } catch (BadLineException e) {
                bad.add(new BadLine("in", i + 1, e.reason()));
            }
        }
        assertThat(posts).as("threads=%d", threads).isEqualTo(expected);
        assertThat(report.badLines()).isEqualTo(bad.subList(0, Math.min(bad.size(), ReadReport.MAX_BAD_LINES)));
        assertThat(report.malformed()).isEqualTo(bad.size());
        assertThat(report.droppedEmpty()).isEqualTo(empty);
        assertThat(report.lines()).isEqualTo(lines.size());
        assertThat(bad).isNotEmpty();
        assertThat(empty).isPositive();
    }

    private static String decode(byte[] line) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(line)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] randomLine(SplittableRandom r) {
        return switch (r.nextInt(12)) {
            case 0 -> new byte[0];
            case 1 -> " ,, \t".getBytes(StandardCharsets.US_ASCII);
            case 2 -> INVALID;
            case 3 -> ("Café #東京 k" + r.nextInt(50)).getBytes(StandardCharsets.UTF_8);
            case 4 -> ("ok " + "z".repeat(257)).getBytes(StandardCharsets.US_ASCII);
            default -> {
                StringBuilder b = new StringBuilder();
                int n = 1 + r.nextInt(12);
                for (int t = 0; t < n; t++) {
                    b.append(r.nextInt(3) == 0 ? "#" : "").append(r.nextBoolean() ? "Tag" : "tag").append(r.nextInt(400))
                            .append(r.nextInt(4) == 0 ? "WanderlustLife".substring(r.nextInt(14)) : "") // 1 to 3 words
                            .append(r.nextInt(4) == 0 ? ", " : " ");
                }
                yield b.toString().getBytes(StandardCharsets.US_ASCII);
            }
        };
    }
}
