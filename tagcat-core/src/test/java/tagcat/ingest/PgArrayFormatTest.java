package tagcat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PgArrayFormatTest {

    private static List<String> tags(String line) throws BadLineException {
        return PostReader.parseLine(InputFormat.PGARRAY, null, line);
    }

    /** The format's own output, before normalization. */
    private static List<String> raw(String line) throws BadLineException {
        List<String> out = new ArrayList<>();
        new PgArrayFormat().parse(line, out);
        return out;
    }

    private static String reason(String line) {
        try {
            List<String> t = tags(line);
            throw new AssertionError("expected " + line + " to be malformed, got " + t);
        } catch (BadLineException e) {
            return e.reason();
        }
    }

    @Test
    void theArticlesSixLinesGiveTheArticlesSixPosts() throws Exception {
        assertThat(tags("{italy,food}")).containsExactly("italy", "food");
        assertThat(tags("{food,italy}")).containsExactly("food", "italy");
        assertThat(tags("{food}")).containsExactly("food");
        assertThat(tags("{italy,architecture}")).containsExactly("italy", "architecture");
        assertThat(tags("{architecture,italy}")).containsExactly("architecture", "italy");
        assertThat(tags("{architecture, }")).containsExactly("architecture");
    }

    @Test
    void quotedElementsMayHoldCommasSpacesBracesAndEscapedQuotesAndBackslashes() throws Exception {
        assertThat(raw("{\"new york\",nyc,\"say \\\"hi\\\"\"}")).containsExactly("new york", "nyc", "say \"hi\"");
        assertThat(raw("{\"a,b\",\"{c}\",\"back\\\\slash\"}")).containsExactly("a,b", "{c}", "back\\slash");
    }

    @Test
    void aBackslashOutsideQuotesTakesTheNextCharLiterallyAndKeepsEscapedWhitespace() throws Exception {
        assertThat(raw("{a\\,b,c\\}d,e\\ , \\ f}")).containsExactly("a,b", "c}d", "e ", " f");
    }

    @Test
    void aMultiDimensionalArrayIsReadAsItsElementsInOrder() throws Exception {
        assertThat(raw("{{italy,food},{\"new york\",NULL}}")).containsExactly("italy", "food", "new york");
        assertThat(raw("[1:2][0:0]={{a},{b}}")).containsExactly("a", "b");
        assertThat(raw("{italy,{food,{pasta}}, {}}")).containsExactly("italy", "food", "pasta");
    }

    @Test
    void anExplicitDimensionPrefixAsPostgresPrintsForOtherLowerBoundsIsReadAndIgnored() throws Exception {
        assertThat(raw("[0:1]={italy,food}")).containsExactly("italy", "food");
        assertThat(raw(" [-3:-3] = {\"new york\"}")).containsExactly("new york");
    }

    @Test
    void whitespaceAroundUnquotedElementsAndTheBracesIsTrimmed() throws Exception {
        assertThat(raw("  { italy ,\tnew york , \"  spaced  \" }  ")).containsExactly("italy", "new york", "  spaced  ");
    }

    @Test
    void unquotedNullInAnyCaseIsANullElementAndIsDropped() throws Exception {
        assertThat(raw("{NULL,food,null, NuLl }")).containsExactly("food");
    }

    @Test
    void quotedOrEscapedNullIsAnOrdinaryTag() throws Exception {
        assertThat(raw("{\"NULL\",N\\ULL}")).containsExactly("NULL", "NULL");
        assertThat(tags("{\"NULL\",food}")).containsExactly("null", "food");
    }

    @Test
    void emptyElementsAreDroppedLeavingPossiblyAnEmptyPost() throws Exception {
        assertThat(tags("{a,,b}")).containsExactly("a", "b");
        assertThat(tags("{,}")).isEmpty();
        assertThat(tags("{\"\",\"  \"}")).isEmpty();
    }

    @Test
    void emptyArraysAreEmptyPosts() throws Exception {
        assertThat(tags("{}")).isEmpty();
        assertThat(tags(" { } ")).isEmpty();
    }

    @Test
    void tagsAreNormalizedAndDeduplicatedInFirstSeenOrder() throws Exception {
        assertThat(tags("{Food,\"#ITALY\",food,\" Italy \",travel}")).containsExactly("food", "italy", "travel");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "italy,food}        | missing '{' at the start of the array",
        "italy              | missing '{' at the start of the array",
        "[1:1]italy         | malformed dimension prefix (expected [lower:upper]=)",
        "[1]={italy}        | malformed dimension prefix (expected [lower:upper]=)",
        "[a:b]={italy}      | malformed dimension prefix (expected [lower:upper]=)",
        "[1:1]=italy        | missing '{' at the start of the array",
        "{italy,food        | missing '}' at the end of the array",
        "{italy,            | missing '}' at the end of the array",
        "{\"italy\"         | missing '}' at the end of the array",
        "{italy\\           | missing '}' at the end of the array",
        "{\"new york,food}  | unterminated quoted element",
        "{\"new york\\\"}   | unterminated quoted element",
        "{italy,food} x     | unexpected text after the closing '}'",
        "{italy}}           | unexpected text after the closing '}'",
        "{italy},{food}     | unexpected text after the closing '}'",
        "{{italy} x,{food}} | unexpected text after a sub-array",
        "{{italy},{food}    | missing '}' at the end of the array",
        "{\"a\"b}           | unexpected text after a quoted element",
        "{\"a\" \"b\"}      | unexpected text after a quoted element",
        "{a\"b\"}           | unexpected '\"' inside an unquoted element",
        "{a{b}              | unexpected '{' inside an unquoted element",
    })
    void malformedLiteralsAreRejectedWithAReason(String line, String expected) {
        assertThat(reason(line.strip())).isEqualTo(expected);
    }

    @Test
    void formatWritesPlainTagsUnquoted() {
        assertThat(PgArrayFormat.format(List.of("italy", "food", "東京", "c#"))).isEqualTo("{italy,food,東京,c#}");
        assertThat(PgArrayFormat.format(List.of())).isEqualTo("{}");
    }

    @Test
    void formatQuotesAndEscapesWhatWouldOtherwiseBeMisread() {
        List<String> tags = List.of("new york", "say \"hi\"", "a,b", "{x}", "back\\slash", "null", "NULL", "", "tab\there");
        String literal = PgArrayFormat.format(tags);
        assertThat(literal).isEqualTo(
                "{\"new york\",\"say \\\"hi\\\"\",\"a,b\",\"{x}\",\"back\\\\slash\",\"null\",\"NULL\",\"\",\"tab\there\"}");
        assertThat(catchRaw(literal)).isEqualTo(tags);
    }

    @Test
    void formatRefusesALineFeedWhichNoOneLineLiteralCanCarry() {
        assertThatThrownBy(() -> PgArrayFormat.format(List.of("ok", "two\nlines")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tag 2 holds a line feed");
    }

    private static List<String> catchRaw(String literal) {
        try {
            return raw(literal);
        } catch (BadLineException e) {
            throw new AssertionError(literal + ": " + e.reason(), e);
        }
    }
}
