package tagcat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputFormatTest {

    @Test
    void parseAcceptsEachNameInAnyCase() {
        assertThat(InputFormat.parse("auto")).isEqualTo(InputFormat.AUTO);
        assertThat(InputFormat.parse("PgArray")).isEqualTo(InputFormat.PGARRAY);
        assertThat(InputFormat.parse("TAGS")).isEqualTo(InputFormat.TAGS);
        assertThat(InputFormat.parse("text")).isEqualTo(InputFormat.TEXT);
        assertThat(InputFormat.parse("jsonL")).isEqualTo(InputFormat.JSONL);
    }

    @Test
    void parseRejectsAnUnknownNameListingTheValidOnes() {
        assertThatThrownBy(() -> InputFormat.parse("csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown input format \"csv\"; valid: auto, pgarray, tags, text, jsonl");
        assertThatThrownBy(() -> InputFormat.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idIsTheLowerCaseNameThatParseReads() {
        for (InputFormat f : InputFormat.values()) {
            assertThat(InputFormat.parse(f.id())).isEqualTo(f);
            assertThat(f.id()).isLowerCase();
        }
    }

    @Test
    void aJsonLinesNameDecidesWhateverTheLines() {
        List<String> pg = List.of("{italy,food}");
        assertThat(InputFormat.detect("posts.jsonl", pg)).isEqualTo(InputFormat.JSONL);
        assertThat(InputFormat.detect("POSTS.NDJSON", pg)).isEqualTo(InputFormat.JSONL);
        assertThat(InputFormat.detect("dump/posts.jsonl.gz", pg)).isEqualTo(InputFormat.JSONL);
        assertThat(InputFormat.detect("posts.json", pg)).isEqualTo(InputFormat.PGARRAY);
    }

    @Test
    void linesThatAreJsonObjectsAreJsonLines() {
        assertThat(InputFormat.detect("-", List.of("{\"tags\":[\"a\"]}", "", "  {\"caption\":\"#x {y}\"}  ")))
                .isEqualTo(InputFormat.JSONL);
    }

    @Test
    void bracedLinesThatAreNotJsonArePostgresArrays() {
        assertThat(InputFormat.detect("-", List.of("{italy,food}", "{\"new york\",nyc}", "{}", "")))
                .isEqualTo(InputFormat.PGARRAY);
    }

    @Test
    void arraysWithExplicitBoundsArePostgresArraysToo() {
        assertThat(InputFormat.detect("-", List.of("[0:1]={italy,food}", "[1:2][1:1]={{a},{b}}", "{c}")))
                .isEqualTo(InputFormat.PGARRAY);
        assertThat(InputFormat.detect("-", List.of("[note] italy food", "[x] a b"))).isEqualTo(InputFormat.TAGS);
    }

    @Test
    void linesWithHashtagsInMostLinesAreText() {
        assertThat(InputFormat.detect("-", List.of("Lunch #Roma", "no tags", "Sunset #東京", "#1 fan", "x")))
                .isEqualTo(InputFormat.TEXT);
    }

    @Test
    void hashtagsInHalfTheLinesOrFewerAreNotText() {
        assertThat(InputFormat.detect("-", List.of("Lunch #Roma", "no tags", "Sunset #東京", "x")))
                .isEqualTo(InputFormat.TAGS);
        assertThat(InputFormat.detect("-", List.of("price # 5", "a #! b", "c#"))).isEqualTo(InputFormat.TAGS);
    }

    @Test
    void plainWordsAreTags() {
        assertThat(InputFormat.detect("harrison.txt", List.of("sea instapic instagram trip travel ", "food, italy")))
                .isEqualTo(InputFormat.TAGS);
    }

    @Test
    void anEmptyOrBlankSampleIsTags() {
        assertThat(InputFormat.detect("-", List.of())).isEqualTo(InputFormat.TAGS);
        assertThat(InputFormat.detect(null, List.of("", "  "))).isEqualTo(InputFormat.TAGS);
    }

    @Test
    void brokenLinesAmongTheFirstDoNotSpoilDetection() {
        List<String> json = new ArrayList<>(Collections.nCopies(6, "{\"tags\":[\"a\"]}"));
        json.addAll(List.of("{\"tags\":[\"a\"", "{\"tags\":", "{oops}", "tags a b"));
        assertThat(InputFormat.detect("-", json)).isEqualTo(InputFormat.JSONL);

        List<String> pg = new ArrayList<>(Collections.nCopies(3, "{italy,food}"));
        pg.addAll(List.of("{italy,food", "{\"a\":1}", "{\"b\":2}", "italy,food}"));
        assertThat(InputFormat.detect("-", pg)).isEqualTo(InputFormat.PGARRAY);
    }

    @Test
    void halfTheLinesStartingWithABraceIsNotEnough() {
        assertThat(InputFormat.detect("-", List.of("{\"tags\":[\"a\"]}", "{italy}", "sea travel", "food")))
                .isEqualTo(InputFormat.TAGS);
    }

    @Test
    void onlyTheFirstHundredNonBlankLinesCount() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            lines.add("");
            lines.add("{italy,food}");
        }
        lines.addAll(Collections.nCopies(1000, "sea travel"));
        assertThat(InputFormat.detect("-", lines)).isEqualTo(InputFormat.PGARRAY);
    }
}
