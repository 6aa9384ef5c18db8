package tagcat.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tagcat.ingest.BadLine;
import tagcat.ingest.MalformedInputException;
import tagcat.ingest.OnError;

class PopularityTest {
    @TempDir
    Path dir;

    static Popularity table(String text) throws IOException {
        return Popularity.read("pop.csv", new StringReader(text), OnError.SKIP);
    }

    @Test
    void countsAreReadAsPeopleWriteThem() {
        assertThat(Popularity.parseCount("380m")).isEqualTo(380_000_000L);
        assertThat(Popularity.parseCount("644M")).isEqualTo(644_000_000L);
        assertThat(Popularity.parseCount("1.4b")).isEqualTo(1_400_000_000L);
        assertThat(Popularity.parseCount("100k")).isEqualTo(100_000L);
        assertThat(Popularity.parseCount("2,500")).isEqualTo(2_500L);
        assertThat(Popularity.parseCount("1,234,567")).isEqualTo(1_234_567L);
        assertThat(Popularity.parseCount(" 2500 ")).isEqualTo(2_500L);
        assertThat(Popularity.parseCount("12.5k")).isEqualTo(12_500L);
        assertThat(Popularity.parseCount("0")).isZero();
        assertThat(Popularity.parseCount("2.5")).isEqualTo(3L);
    }

    @Test
    void malformedCountsAreRejectedWithTheText() {
        for (String bad : new String[] {"lots", "", "-5", "1,23", "12,3456", "1.2.3", "5x", "k", "1e6"}) {
            assertThatThrownBy(() -> Popularity.parseCount(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> Popularity.parseCount("99999999999b")).hasMessageContaining("too large");
    }

    @Test
    void countsAreWrittenTheArticlesWay() {
        assertThat(Popularity.format(0)).isEqualTo("0");
        assertThat(Popularity.format(2_500)).isEqualTo("2,500");
        assertThat(Popularity.format(9_999)).isEqualTo("9,999");
        assertThat(Popularity.format(12_345)).isEqualTo("12k");
        assertThat(Popularity.format(100_000)).isEqualTo("100k");
        assertThat(Popularity.format(999_499)).isEqualTo("999k");
        assertThat(Popularity.format(999_500)).isEqualTo("1m");
        assertThat(Popularity.format(1_400_000)).isEqualTo("1.4m");
        assertThat(Popularity.format(10_000_000)).isEqualTo("10m");
        assertThat(Popularity.format(380_000_000)).isEqualTo("380m");
        assertThat(Popularity.format(1_400_000_000)).isEqualTo("1.4b");
        for (long n : new long[] {100_000, 380_000_000, 1_400_000_000, 10_000_000, 2_500}) {
            assertThat(Popularity.parseCount(Popularity.format(n))).isEqualTo(n);
        }
    }

    @Test
    void aTableMayHaveAHeaderQuotesTabsAndHashtags() throws IOException {
        Popularity p = table("tag,posts\n#Travel,380m\nphotooftheday,\"644,000,000\"\nitaly,2,500\nfood\t1.4b\n\"new york\",100k\n");
        assertThat(p.source()).isEqualTo(Popularity.Source.TABLE);
        assertThat(p.size()).isEqualTo(5);
        assertThat(p.posts("travel")).isEqualTo(OptionalLong.of(380_000_000L));
        assertThat(p.posts("photooftheday")).isEqualTo(OptionalLong.of(644_000_000L));
        assertThat(p.posts("italy")).isEqualTo(OptionalLong.of(2_500L));
        assertThat(p.posts("food")).isEqualTo(OptionalLong.of(1_400_000_000L));
        assertThat(p.posts("new york")).isEqualTo(OptionalLong.of(100_000L));
        assertThat(p.posts("pizza")).isEmpty();
        assertThat(p.badRows()).isEmpty();
        assertThat(p.description()).contains("platform").contains("pop.csv");
    }

    @Test
    void badRowsAreSkippedAndReportedByLineNumber() throws IOException {
        Popularity p = table("tag,posts\ntravel,380m\npizza,lots\n\n,5k\nsunset\ntravel,1m\nfood,\"2,5\nok,7\n");
        assertThat(p.posts("travel")).isEqualTo(OptionalLong.of(380_000_000L));
        assertThat(p.posts("ok")).isEqualTo(OptionalLong.of(7L));
        assertThat(p.badRows()).containsExactly(
                new BadLine("pop.csv", 3, "not a post count: 'lots' (e.g. 2500, 2,500, 100k, 380m, 1.4b)"),
                new BadLine("pop.csv", 5, "no tag before the count"),
                new BadLine("pop.csv", 6, "no post count for 'sunset' (expected tag,posts)"),
                new BadLine("pop.csv", 7, "'travel' again (first on line 2)"),
                new BadLine("pop.csv", 8, "unterminated quoted cell"));
    }

    @Test
    void underFailTheFirstBadRowStopsReadingWithItsLine() {
        assertThatThrownBy(() -> Popularity.read("pop.csv", new StringReader("travel,380m\npizza,lots\n"), OnError.FAIL))
                .isInstanceOf(MalformedInputException.class)
                .satisfies(e -> assertThat(((MalformedInputException) e).badLine().line()).isEqualTo(2))
                .hasMessageStartingWith("pop.csv:2: not a post count: 'lots'");
    }

    @Test
    void aTableWithoutAnyUsableRowIsAnError() {
        assertThatThrownBy(() -> table("tag,posts\npizza,lots\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no usable tag,posts rows").hasMessageContaining("pop.csv:2");
    }

    @Test
    void filesAreReadPlainOrGzipped() throws IOException {
        Path plain = dir.resolve("p.csv");
        Files.writeString(plain, "travel,380m\n");
        Path gz = dir.resolve("p.csv.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("travel,380m\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(Popularity.read(plain, OnError.SKIP).posts("travel")).hasValue(380_000_000L);
        assertThat(Popularity.read(gz, OnError.SKIP).posts("travel")).hasValue(380_000_000L);
    }

    @Test
    void withoutATableTheModelsDocumentFrequencyIsUsedAndSaysSo() {
        Popularity p = Popularity.fromModel(ArticleModel.model(), 1);
        assertThat(p.source()).isEqualTo(Popularity.Source.MODEL);
        assertThat(p.posts("italy")).hasValue(4);
        assertThat(p.posts("food")).hasValue(3);
        assertThat(p.posts("pizza")).isEmpty();
        assertThat(p.description()).isEqualTo("posts in the model's corpus of 6 (document frequency), not platform counts");
        Popularity scaled = Popularity.fromModel(ArticleModel.model(), 250_000);
        assertThat(scaled.posts("italy")).hasValue(1_000_000);
        assertThat(scaled.description()).contains("x 250000");
        assertThatThrownBy(() -> Popularity.fromModel(ArticleModel.model(), 0)).hasMessageContaining("positive");
    }

    @Test
    void invalidUtf8IsAReportedBadRowNotASilentReplacement() throws IOException {
        Path f = dir.resolve("bad-utf8.csv");
        byte[] bad = "yummy".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write("travel,380m\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        b.write(bad);
        b.write(0xe9); // Latin-1 e-acute: not UTF-8
        b.write(",2k\npizza,1m\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.nio.file.Files.write(f, b.toByteArray());
        Popularity p = Popularity.read(f, OnError.SKIP);
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.badRows()).hasSize(1);
        assertThat(p.badRows().get(0).toString()).contains(":2").contains("invalid UTF-8");
        assertThatThrownBy(() -> Popularity.read(f, OnError.FAIL)).hasMessageContaining("invalid UTF-8");
    }

    @Test
    void controlCharactersMakeABadRowAsInThePostReaders() throws IOException {
        Path f = dir.resolve("ctl.csv");
        java.nio.file.Files.writeString(f, "travel,380m\nred\u001b[31m,2k\nfo\u0000od,1m\n\uFEFFpizza,1m\n");
        Popularity p = Popularity.read(f, OnError.SKIP);
        assertThat(p.size()).isEqualTo(2); // travel and pizza (a byte order mark from a joined file is skipped)
        assertThat(p.badRows()).extracting(Object::toString).containsExactly(
                f + ":2: control character U+001B (ESC)", f + ":3: " + "NUL character (UTF-16 text without a byte"
                        + " order mark? convert it first: iconv -f UTF-16LE -t UTF-8 FILE)");
    }

    @Test
    void platformCountsDefaultToTheArticlesBandCorpusCountsToNone() throws IOException {
        SuggestOptions table = SuggestOptions.defaultsFor(table("travel,380m\npizza,2k\n"));
        assertThat(table.minPosts()).isEqualTo(100_000);
        assertThat(table.maxPosts()).isEqualTo(10_000_000);
        SuggestOptions corpus = SuggestOptions.defaultsFor(Popularity.fromModel(ArticleModel.model(), 1));
        assertThat(corpus.hasBand()).isFalse();
        assertThat(corpus).isEqualTo(SuggestOptions.defaults());
    }
}
