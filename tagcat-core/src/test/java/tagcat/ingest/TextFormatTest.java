package tagcat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.Extractor;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pins down what twitter-text's extractor really does, since tagcat relies on it. */
class TextFormatTest {

    private static List<String> tags(String caption) throws BadLineException {
        // these cases document Twitter's rules; PlatformTest has Instagram's, the default
        return PostReader.parseLine(ReadOptions.defaults().withFormat(InputFormat.TEXT).withPlatform(Platform.TWITTER), caption);
    }

    @Test
    void unicodeLettersAndDigitsMakeHashtags() throws Exception {
        assertThat(tags("Dinner at #café in #東京, day 12 of #100daysofcode")).containsExactly("café", "東京", "100daysofcode");
    }

    @Test
    void hashtagsOfThaiKoreanAndGermanAreWhole() throws Exception {
        assertThat(tags("#ไทย #한국어 #Über")).containsExactly("ไทย", "한국어", "über");
    }

    @Test
    void digitsAloneAreNotAHashtag() throws Exception {
        assertThat(tags("room #123 and #1a")).containsExactly("1a");
    }

    @Test
    void aUrlFragmentIsNotAHashtag() throws Exception {
        assertThat(tags("see https://x.com/a#frag and #real")).containsExactly("real");
    }

    @Test
    void aNumberSignGluedToAWordIsNotAHashtag() throws Exception {
        assertThat(tags("a#b c#")).isEmpty();
    }

    @Test
    void underscoresBelongToTheHashtagAndPunctuationEndsIt() throws Exception {
        assertThat(tags("#snake_case! #end.")).containsExactly("snake_case", "end");
    }

    @Test
    void theFullwidthNumberSignAlsoStartsAHashtag() throws Exception {
        assertThat(tags("＃Ｆｏｏ bar")).containsExactly("foo");
    }

    @Test
    void hashtagsAreNormalizedAndDeduplicated() throws Exception {
        assertThat(tags("#Food #FOOD #food #Travel")).containsExactly("food", "travel");
    }

    @Test
    void aCaptionWithoutHashtagsIsAnEmptyPost() throws Exception {
        assertThat(tags("just a sunny day")).isEmpty();
        assertThat(tags("")).isEmpty();
    }

    @Test
    void aLongCaptionGivesTheHashtagsTwitterTextFindsInItWhole() throws Exception {
        String[] words = {"#food", "#Café", "#東京", "#100days", "#123", "https://x.com/a#frag", "word", "a#b", "#x,#y",
            "(#par)", "#end.", "@you", "😀#emoji", "\t", "#A_b", "http://t.co/#nope", "#", "##dup", "x.com/#z"};
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 5 * TextFormat.PIECE_CHARS) {
            sb.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "  " : " ");
            if (random.nextInt(50) == 0) {
                sb.append("#tag").append(random.nextInt(1000)).append(' ');
            }
        }
        String caption = sb.toString();
        List<String> whole = TagNormalizer.normalizeAll(new Extractor().extractHashtags(caption));
        assertThat(whole).hasSizeGreaterThan(10);
        assertThat(tags(caption)).isEqualTo(whole);
    }

    @Test
    void aLongCaptionIsCutIntoPiecesOfBoundedSizeBeforeWhitespace() {
        String caption = "#tag1234 ".repeat(120_000); // about 1 MB: whole, twitter-text takes tens of seconds
        int start = 0;
        while (start < caption.length()) {
            int end = TextFormat.pieceEnd(caption, start);
            assertThat(end - start).isBetween(1, TextFormat.PIECE_CHARS);
            if (end < caption.length()) {
                assertThat(end - start).isGreaterThan(TextFormat.PIECE_CHARS / 2);
                assertThat(caption.charAt(end)).isEqualTo(' ');
            }
            start = end;
        }
    }

    @Test
    void aRunWithoutWhitespaceIsCutButNotInsideASurrogatePair() {
        String run = "x" + "😀".repeat(TextFormat.PIECE_CHARS);
        int end = TextFormat.pieceEnd(run, 0);
        assertThat(end).isEqualTo(TextFormat.PIECE_CHARS - 1);
        assertThat(Character.isLowSurrogate(run.charAt(end))).isFalse();
    }
}
