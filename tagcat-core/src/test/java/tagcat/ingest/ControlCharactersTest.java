package tagcat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One rule for control characters, invisible chars and other formats mixed in, in every reader. */
class ControlCharactersTest {
    private final List<Post> posts = new ArrayList<>();

    private ReadReport read(String text, InputFormat format) throws IOException {
        return PostReader.read("in.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ReadOptions.defaults().withFormat(format), posts::add);
    }

    private List<List<String>> tags() {
        return posts.stream().map(Post::tags).toList();
    }

    private static List<String> reasons(ReadReport r) {
        return r.badLines().stream().map(b -> b.line() + ": " + b.reason()).toList();
    }

    @ParameterizedTest
    @EnumSource(value = InputFormat.class, names = {"TAGS", "PGARRAY", "TEXT"})
    void aLineWithAControlCharacterIsMalformedInEveryLineFormat(InputFormat format) throws IOException {
        String ok = format == InputFormat.PGARRAY ? "{ok,fine}" : format == InputFormat.TEXT ? "#ok #fine" : "ok fine";
        String esc = format == InputFormat.PGARRAY ? "{a\u001b[31mred}" : format == InputFormat.TEXT ? "#a\u001b[31mred" : "a\u001b[31mred";
        String nul = format == InputFormat.PGARRAY ? "{a\u0000b}" : format == InputFormat.TEXT ? "#a\u0000b" : "a\u0000b";
        String del = format == InputFormat.PGARRAY ? "{x\u007fy}" : format == InputFormat.TEXT ? "#x\u007fy" : "x\u007fy";
        String c1 = format == InputFormat.PGARRAY ? "{caf\u00e9\u009b}" : format == InputFormat.TEXT ? "#caf\u00e9\u009b" : "caf\u00e9\u009b";
        ReadReport r = read(String.join("\n", ok, esc, nul, del, c1, ok) + "\n", format);
        assertThat(r.posts()).isEqualTo(2);
        assertThat(r.malformed()).isEqualTo(4);
        assertThat(reasons(r)).containsExactly("2: control character U+001B (ESC)",
                "3: " + ControlCharacters.reason(0), "4: control character U+007F (DEL)", "5: control character U+009B");
        assertThat(r.lines()).isEqualTo(r.posts() + r.malformed() + r.droppedEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = InputFormat.class, names = {"TAGS", "PGARRAY"})
    void crOnlyLineEndingsAreReportedNotMergedIntoOnePost(InputFormat format) throws IOException {
        String line = format == InputFormat.PGARRAY ? "{a,b}" : "a b";
        ReadReport r = read(line + "\r" + line + "\r" + line + "\r\n" + line + "\r\n", format);
        assertThat(reasons(r)).singleElement().asString().startsWith("1: carriage return inside the line")
                .contains("tr '\\r' '\\n'");
        assertThat(r.posts()).isEqualTo(1); // the CRLF line after it is fine
    }

    @Test
    void tabsSeparateTagsAndACrlfFileIsFine() throws IOException {
        ReadReport r = read("a\tb\r\nc\r\n", InputFormat.TAGS);
        assertThat(r.malformed()).isZero();
        assertThat(tags()).containsExactly(List.of("a", "b"), List.of("c"));
    }

    @Test
    void aControlCharacterFromAJsonEscapeIsMalformedInATagAndInACaption() throws IOException {
        ReadReport r = read("{\"tags\":[\"x\\u0007y\"]}\n{\"caption\":\"#a\\u001bb\"}\n"
                + "{\"caption\":\"line one\\nline two #ok\\t#fine\"}\n", InputFormat.JSONL);
        assertThat(reasons(r)).containsExactly("1: control character U+0007 (BEL) in a tag",
                "2: control character U+001B (ESC) in field \"caption\"");
        assertThat(tags()).containsExactly(List.of("ok", "fine"));
    }

    @Test
    void lineBreaksAndTabsInsideATagFromJsonAreSpacesAsInADatabaseArray() throws IOException {
        ReadReport r = read("{\"tags\":[\"new\\nyork\", \"tab\\there\", \"\\r\\nspaced\\t\"]}\n", InputFormat.JSONL);
        assertThat(r.malformed()).isZero();
        assertThat(tags()).containsExactly(List.of("new york", "tab here", "spaced"));
    }

    @Test
    void aTagsFieldHoldingOneStringIsAListOfTagsNotACaption() throws IOException {
        read("{\"tags\":\"food,italy\"}\n{\"hashtags\":\"#sea #sun\"}\n{\"caption\":\"food,italy #pasta\"}\n",
                InputFormat.JSONL);
        assertThat(tags()).containsExactly(List.of("food", "italy"), List.of("sea", "sun"), List.of("pasta"));
    }

    @Test
    void byteOrderMarksInsideAFileAndZeroWidthCharsMakeNoInvisibleDuplicates() throws IOException {
        // cat a.txt b.txt, both with a byte order mark; a zero width space and a word joiner inside tags
        read("\uFEFFfood italy\n\uFEFFfood sea\nfo\u200Bod it\u2060aly\n", InputFormat.TAGS);
        assertThat(tags()).containsExactly(List.of("food", "italy"), List.of("food", "sea"), List.of("food", "italy"));
        posts.clear();
        read("\uFEFF{food}\n\uFEFF{sea}\n", InputFormat.PGARRAY);
        assertThat(tags()).containsExactly(List.of("food"), List.of("sea"));
    }

    @Test
    void noBreakAndIdeographicSpacesDoNotSeparateTagsButBecomeSpaces() throws IOException {
        read("new\u00A0york a\u3000b ##x\n", InputFormat.TAGS); // as docs/cli.md says
        assertThat(tags()).containsExactly(List.of("new york", "a b", "x"));
    }

    @Test
    void droppingAnInvisibleCharBetweenCombiningMarksKeepsNormalizingIdempotent() {
        // found by fuzzing: U+FEFF between marks of classes 230 and 220, dropped after NFKC, left them out of order
        String once = TagNormalizer.normalize("x\u06DB\uFEFF\u06E3");
        assertThat(TagNormalizer.normalize(once)).isEqualTo(once);
        assertThat(once).isEqualTo(java.text.Normalizer.normalize("x\u06DB\u06E3", java.text.Normalizer.Form.NFKC));
    }

    @Test
    void theJoinersThatWordsAndEmojiNeedAreKept() {
        assertThat(TagNormalizer.normalize("\u0645\u06CC\u200C\u062E\u0648\u0627\u0645")).contains("\u200C");
        assertThat(TagNormalizer.normalize("\uD83D\uDC69\u200D\uD83D\uDCBB")).contains("\u200D");
    }

    @Test
    void arraysMixedIntoADetectedTagsFileAreReportedNotReadAsBraceTags() throws IOException {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            in.append("food italy\n");
        }
        in.append("{food,italy}\n  {\"tags\":[\"x\"]}\nsea\n");
        ReadReport r = read(in.toString(), InputFormat.AUTO);
        assertThat(r.formats().values()).containsExactly(InputFormat.TAGS);
        assertThat(r.malformed()).isEqualTo(2);
        assertThat(r.badLines().get(0).reason()).contains("detected as tags").contains("--format");
        assertThat(tags()).noneMatch(t -> t.stream().anyMatch(tag -> tag.contains("{")));
        posts.clear();
        ReadReport given = read("{food,italy}\n", InputFormat.TAGS); // the user said tags: read as tags
        assertThat(given.malformed()).isZero();
    }

    @Test
    void escapeMakesControlCharactersVisible() {
        assertThat(ControlCharacters.escape("a\u001b[2Jb\u0007")).isEqualTo("a\\u001B[2Jb\\u0007");
        assertThat(ControlCharacters.escape("plain")).isSameAs("plain");
    }
}
