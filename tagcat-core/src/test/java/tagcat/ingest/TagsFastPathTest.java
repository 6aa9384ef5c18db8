package tagcat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The ASCII fast path of the tags format must give exactly what parsing and then normalizing gives. */
class TagsFastPathTest {
    /** The general path's result: tags, "" for an empty post, or "!" + reason. */
    static String general(String line, int max) {
        String control = ControlCharacters.check(line);
        if (control != null) {
            return "!" + control;
        }
        List<String> raw = new ArrayList<>();
        new TagsFormat().parse(line, raw);
        List<String> tags = new ArrayList<>();
        try {
            TagNormalizer.normalizeInto(raw, max, tags);
        } catch (BadLineException e) {
            return "!" + e.reason();
        }
        return String.join("|", tags);
    }

    static String fast(String line, int max) {
        PostBatch.Builder b = new PostBatch.Builder();
        try {
            if (!TagsFormat.parseInto(line, max, b, 1)) {
                return "";
            }
        } catch (BadLineException e) {
            return "!" + e.reason();
        }
        return String.join("|", b.build("x").post(0).tags());
    }

    @Property(tries = 3000)
    void fastPathEqualsParseThenNormalize(@ForAll("lines") String line) {
        assertThat(fast(line, 12)).isEqualTo(general(line, 12));
    }

    /** One builder taking many lines in turn (as a parsing thread does) de-duplicates each post on its own. */
    @Property(tries = 300)
    void aReusedBuilderGivesEachLineWhatItAloneGives(@ForAll("lineLists") List<String> lines) {
        PostBatch.Builder b = new PostBatch.Builder();
        List<String> expected = new ArrayList<>();
        for (String line : lines) {
            String alone = general(line, 12);
            try {
                TagsFormat.parseInto(line, 12, b, 1);
            } catch (BadLineException e) {
                continue; // a malformed line adds no post (the general path says why)
            }
            if (!alone.isEmpty()) {
                expected.add(alone);
            }
        }
        PostBatch batch = b.build("x");
        List<String> got = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            got.add(String.join("|", batch.post(i).tags()));
        }
        assertThat(got).isEqualTo(expected);
    }

    /**
     * The byte path (whole lines of bytes, as chunked reading uses) gives the same as well. It reads a
     * line up to its '\n', so lines here hold none, as lines read from an input never do.
     */
    @Property(tries = 3000)
    void bytePathEqualsParseThenNormalize(@ForAll("lines") String line) {
        Assume.that(line.indexOf('\n') < 0);
        assertThat(bytes(line, 12)).isEqualTo(general(line, 12));
    }

    static String bytes(String line, int max) {
        PostBatch.Builder b = new PostBatch.Builder();
        byte[] utf8 = ("<" + line + ">").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (!TagsFormat.parseBytes(utf8, 1, utf8.length - 1, max, b, 1,
                    java.nio.charset.StandardCharsets.UTF_8.newDecoder())) {
                return "";
            }
        } catch (BadLineException e) {
            return "!" + e.reason();
        }
        return String.join("|", b.build("x").post(0).tags());
    }

    @Test
    void theSameTagFromBytesAndFromAStringGetsOneId() throws BadLineException {
        PostBatch.Builder b = new PostBatch.Builder();
        b.add(1, List.of("sea", "café"));
        byte[] line = "x SEA #Sky".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(TagsFormat.parseBytes(line, 0, line.length, 256, b, 2,
                java.nio.charset.StandardCharsets.UTF_8.newDecoder())).isTrue();
        b.add(3, List.of("sky"));
        PostBatch batch = b.build("x");
        assertThat(terms(batch)).containsExactly("sea", "café", "x", "sky");
        assertThat(batch.post(1).tags()).containsExactly("x", "sea", "sky");
        assertThat(batch.tagId(batch.start(1) + 1)).isEqualTo(batch.tagId(batch.start(0)));
        assertThat(batch.tagId(batch.start(2))).isEqualTo(3);
    }

    @Test
    void aBuilderStartsEachBatchAfreshAndKeepsTheNumbering() throws BadLineException {
        PostBatch.Builder b = new PostBatch.Builder();
        byte[] line = "sea Sky".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        TagsFormat.parseBytes(line, 0, line.length, 256, b, 1, java.nio.charset.StandardCharsets.UTF_8.newDecoder());
        PostBatch first = b.build("x");
        TagsFormat.parseBytes(line, 4, line.length, 256, b, 2, java.nio.charset.StandardCharsets.UTF_8.newDecoder());
        PostBatch second = b.build("x");
        assertThat(first.size()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(1);
        assertThat(second.line(0)).isEqualTo(2);
        assertThat(second.post(0).tags()).containsExactly("sky");
        assertThat(second.tagId(0)).isEqualTo(first.tagId(1));
        assertThat(first.dictionary()).isSameAs(second.dictionary());
        assertThat(terms(second)).containsExactly("sea", "sky");
    }

    /** The batch's dictionary, by id. */
    private static List<String> terms(PostBatch batch) {
        List<String> out = new ArrayList<>();
        for (int id = 0; id < batch.dictionary().size(); id++) {
            out.add(batch.dictionary().term(id));
        }
        return out;
    }

    @Provide
    Arbitrary<List<String>> lineLists() {
        return lines().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> token = Arbitraries.strings().withChars("aAbBzZ09#_,, \t").ofMaxLength(15);
        Arbitrary<String> unicode = Arbitraries.strings().withChars("éÉ東京ＡＢ＃ΣςİıK\u212A ,#").ofMaxLength(6);
        return Arbitraries.oneOf(token, unicode, Arbitraries.strings().ofMaxLength(20))
                .list().ofMaxSize(6).map(parts -> String.join(" ", parts));
    }

    @Test
    void examples() {
        assertThat(fast("Sea #SEA ##sea, Beach", 256)).isEqualTo("sea|beach");
        assertThat(fast("# ## ,", 256)).isEqualTo("");
        assertThat(fast("Café CAFÉ #café", 256)).isEqualTo("café");
        assertThat(fast("abc abcdefghijklm", 12)).isEqualTo("!tag longer than 12 chars");
    }

    @Test
    void theSameTagFromTheFastAndTheGeneralPathGetsOneId() throws BadLineException {
        PostBatch.Builder b = new PostBatch.Builder();
        b.add(1, List.of("sea", "café"));
        TagsFormat.parseInto("x SEA y", 256, b, 2);
        PostBatch batch = b.build("x");
        assertThat(terms(batch)).containsExactly("sea", "café", "x", "y");
        assertThat(batch.tagId(batch.start(1) + 1)).isEqualTo(0);
    }
}
