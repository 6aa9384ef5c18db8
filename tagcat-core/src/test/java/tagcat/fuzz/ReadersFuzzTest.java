package tagcat.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import tagcat.ingest.ControlCharacters;
import tagcat.ingest.InputFormat;
import tagcat.ingest.PgArrayFormat;
import tagcat.ingest.Post;
import tagcat.ingest.PostReader;
import tagcat.ingest.ReadOptions;
import tagcat.ingest.ReadReport;
import tagcat.ingest.TagNormalizer;

/**
 * Coverage-guided fuzz targets for every post reader. Under {@code mvn verify} each replays its committed inputs
 * (src/test/resources/tagcat/fuzz/ReadersFuzzTestInputs/METHOD/); {@code JAZZER_FUZZ=1} fuzzes one (docs/reliability).
 *
 * <p>The properties, for any bytes: the read ends (no exception but an {@link IOException} for input that is not
 * text, such as cut gzip), every line is a post, an empty post or a bad line, every tag is normalized and within
 * the length limit and holds no control character, and what {@code extract --to pgarray} would write for the
 * posts reads back as the same posts.
 */
class ReadersFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void pgarray(byte[] input) {
        check(input, InputFormat.PGARRAY, 1);
    }

    @FuzzTest(maxDuration = "60s")
    void tags(byte[] input) {
        check(input, InputFormat.TAGS, 1);
    }

    /** The chunked parallel reader: the same posts as on one thread. */
    @FuzzTest(maxDuration = "60s")
    void tagsOnTwoThreads(byte[] input) {
        require(java.util.Objects.equals(check(input, InputFormat.TAGS, 2), check(input, InputFormat.TAGS, 1)), () ->
                "two threads read other posts than one");
    }

    @FuzzTest(maxDuration = "60s")
    void text(byte[] input) {
        check(input, InputFormat.TEXT, 1);
    }

    @FuzzTest(maxDuration = "60s")
    void jsonl(byte[] input) {
        check(input, InputFormat.JSONL, 1);
    }

    /** Format detection, and gzip (inputs starting 1f 8b) on every format. */
    @FuzzTest(maxDuration = "60s")
    void auto(byte[] input) {
        check(input, InputFormat.AUTO, 1);
    }

    /** The posts read, or null when the input was refused as a whole (an IOException naming it). */
    static List<List<String>> check(byte[] input, InputFormat format, int threads) {
        List<Post> posts = new ArrayList<>();
        ReadOptions options = ReadOptions.defaults().withFormat(format).withThreads(threads);
        ReadReport r;
        try {
            r = PostReader.read("in", new ByteArrayInputStream(input), options, posts::add);
        } catch (IOException e) {
            require(e.getMessage().startsWith("in: "), () -> "an I/O error that does not name the input: " + e);
            return null;
        }
        require(r.lines() == r.posts() + r.droppedEmpty() + r.malformed(), () -> "lines not accounted for: " + r);
        require(r.posts() == posts.size(), () -> "posts counted differ from posts delivered");
        List<List<String>> tags = new ArrayList<>();
        for (Post p : posts) {
            List<String> t = p.tags();
            require(!t.isEmpty() && new java.util.HashSet<>(t).size() == t.size(), () -> "empty or repeated tags: " + t);
            for (String tag : t) {
                require(tag.equals(TagNormalizer.normalize(tag)), () -> "not normalized: " + tag);
                require(ControlCharacters.firstIn(tag) < 0, () -> "a control character in " + tag);
                require(tag.codePointCount(0, tag.length()) <= ReadOptions.DEFAULT_MAX_TAG_LENGTH, () -> "too long: " + tag);
            }
            try {
                require(PostReader.parseLine(InputFormat.PGARRAY, null, PgArrayFormat.format(t)).equals(t), () ->
                        "what extract writes does not read back: " + t);
            } catch (tagcat.ingest.BadLineException e) {
                throw new AssertionError("what extract writes does not read back: " + t, e);
            }
            tags.add(t);
        }
        return tags;
    }

    /** Plain checks, not AssertJ: a fuzzer calls them millions of times. */
    static void require(boolean ok, java.util.function.Supplier<String> what) {
        if (!ok) {
            throw new AssertionError(what.get());
        }
    }
}
