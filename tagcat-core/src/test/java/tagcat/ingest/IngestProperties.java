package tagcat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over generated input: nothing but {@link BadLineException} escapes a parser, and pgarray round-trips. */
class IngestProperties {

    /** Chars that matter to some format or to normalization, so generated lines hit the interesting paths often. */
    private static final String SPECIAL = "{}[]\",:\\# \t\r\n\u0000\u001f'NUL=/.aZ0_é東\uFEFF\uFF03\u3000\u00a0";

    @Property
    void anyLineInAnyFormatGivesNormalizedTagsOrABadLineException(
            @ForAll InputFormat format, @ForAll("fields") String field, @ForAll("lines") String line) {
        List<String> tags;
        try {
            tags = PostReader.parseLine(format, field, line);
        } catch (BadLineException e) {
            assertThat(e.reason()).isNotBlank();
            return;
        }
        assertThat(tags).doesNotHaveDuplicates().doesNotContainNull();
        for (String tag : tags) {
            assertThat(TagNormalizer.normalize(tag)).isEqualTo(tag);
            assertThat(tag.codePointCount(0, tag.length())).isLessThanOrEqualTo(ReadOptions.DEFAULT_MAX_TAG_LENGTH);
        }
    }

    @Property
    void formattedNormalizedTagsParseBackAsTheSameList(@ForAll("rawTagLists") List<String> raw) throws BadLineException {
        List<String> tags = TagNormalizer.normalizeAll(raw).stream()
                .filter(t -> ControlCharacters.firstIn(t) < 0).toList(); // a tag with one is a bad line
        assertThat(PostReader.parseLine(InputFormat.PGARRAY, null, PgArrayFormat.format(tags))).isEqualTo(tags);
    }

    @Property
    void anyStringsWithoutLineFeedsSurviveFormatAndParseUnchanged(@ForAll("rawTagLists") List<String> raw)
            throws BadLineException {
        List<String> strings = raw.stream().map(s -> s.replace('\n', ' ')).toList();
        List<String> parsed = new ArrayList<>();
        new PgArrayFormat().parse(PgArrayFormat.format(strings), parsed);
        assertThat(parsed).isEqualTo(strings);
    }

    @Property
    void normalizingTwiceIsNormalizingOnce(@ForAll("rawTags") String raw) {
        String once = TagNormalizer.normalize(raw);
        assertThat(TagNormalizer.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 300)
    void anyBytesAreReadWithoutErrorAndEveryLineIsCountedOnce(
            @ForAll InputFormat format, @ForAll("bytes") byte[] bytes) throws IOException {
        List<Post> posts = new ArrayList<>();
        ReadReport r = PostReader.read("in", new ByteArrayInputStream(bytes),
                ReadOptions.defaults().withFormat(format), posts::add);
        long newlines = 0;
        for (byte b : bytes) {
            newlines += b == '\n' ? 1 : 0;
        }
        long expectedLines = newlines + (bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? 1 : 0);
        assertThat(r.lines()).isEqualTo(expectedLines);
        assertThat(r.posts()).isEqualTo(posts.size());
        assertThat(r.badLines()).hasSize((int) r.malformed());
        assertThat(posts).allSatisfy(p -> assertThat(p.line()).isBetween(1L, expectedLines));
        assertThat(r.formats().get("in")).isNotEqualTo(InputFormat.AUTO);
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of("tags", "caption", "x").injectNull(0.5);
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> special = Arbitraries.strings().withChars(SPECIAL.toCharArray()).ofMaxLength(40);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> element = Arbitraries.oneOf(special, any, Arbitraries.strings().alpha().ofMaxLength(8));
        Arbitrary<String> pgLike = element.list().ofMaxSize(5).map(l -> "{" + String.join(",", l) + "}");
        Arbitrary<String> jsonLike = Combinators.combine(
                        Arbitraries.of("tags", "hashtags", "caption", "text", "x"),
                        Arbitraries.oneOf(special, element.list().ofMaxSize(4).map(l -> "[\"" + String.join("\",\"", l) + "\"]"),
                                Arbitraries.of("null", "1", "[1]", "[null]", "{}", "true", "\"#a #B\"")))
                .as((k, v) -> "{\"" + k + "\":" + v + "}");
        Arbitrary<String> caption = element.list().ofMaxSize(6).map(l -> "#" + String.join(" #", l));
        Arbitrary<String> longTag = Arbitraries.integers().between(250, 300).map(n -> "a".repeat(n));
        return Arbitraries.oneOf(special, any, pgLike, jsonLike, caption, longTag);
    }

    @Provide
    Arbitrary<String> rawTags() {
        Arbitrary<String> tricky = Arbitraries.strings()
                .withCharRange('\u0300', '\u036f') // combining marks
                .withCharRange('\u0370', '\u03ff') // Greek
                .withCharRange('\u1f00', '\u1fff') // Greek extended
                .withCharRange('\uff00', '\uff5e') // fullwidth forms
                .withCharRange('\u1100', '\u1112') // Hangul jamo
                .withCharRange('\u1161', '\u1175')
                .withChars("#  \t\u3000\u00a0ﬁİıẞßK\u2126AZaz")
                .ofMaxLength(12);
        Arbitrary<String> known = Arbitraries.of("null", "NULL", "Null ", "#", "##a", "# #b", "\u0386\u0345", "",
                "  ", "a,b", "{x}", "\"q\"", "back\\slash", "c#", "İ", "ǅ");
        return Arbitraries.oneOf(tricky, known, Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars(SPECIAL.toCharArray()).ofMaxLength(12));
    }

    @Provide
    Arbitrary<List<String>> rawTagLists() {
        return rawTags().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> special = Arbitraries.of((byte) '\n', (byte) '\r', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
                (byte) '{', (byte) '}', (byte) '"', (byte) '#', (byte) ',', (byte) ' ', (byte) 'a', (byte) 0xC3,
                (byte) 0xA9, (byte) 0xFF, (byte) '[', (byte) ':', (byte) '\\');
        return Arbitraries.oneOf(special, Arbitraries.bytes()).array(byte[].class).ofMaxSize(300)
                .filter(b -> (b.length < 2 || b[0] != (byte) 0x1f || b[1] != (byte) 0x8b) // not gzip
                        && InputEncoding.unsupported(java.util.Arrays.copyOf(b, Math.min(6, b.length))) == null);
    }
}
