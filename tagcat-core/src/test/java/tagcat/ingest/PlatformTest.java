package tagcat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Where a hashtag is in a caption, by Instagram's rules and by Twitter's: each documented case. */
class PlatformTest {
    private static String tags(Platform p, String caption) {
        List<String> out = new ArrayList<>();
        p.extract(caption, out);
        return String.join("|", out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        // caption ~ instagram ~ twitter (twitter-text's own answers)
        "#tabagismo#felizsemtabaco~tabagismo|felizsemtabaco~''",
        "amazing#vapesalvador~vapesalvador~''",
        "Lunch in #Roma, #pasta!~Roma|pasta~Roma|pasta",
        "#2024 #100daysofcode~2024|100daysofcode~100daysofcode",
        "#rock&roll~rock~rock",
        "#café #東京 #ŝipo~café|東京|ŝipo~café|東京|ŝipo",
        "#new_york #new-york~new_york|new~new_york|new",
        "#🍕 #pizza🍕~🍕|pizza🍕~pizza",
        "#👩‍💻 #1️⃣~👩‍💻|1️⃣~1️⃣",
        "＃Ｆｕｌｌ width~Ｆｕｌｌ~Ｆｕｌｌ",
        "it&#39;s #sunny &#x27;q~sunny~sunny",
        "## #~''~''",
        "#a.b #end.~a|end~a|end",
        "see https://x.com/a#frag and www.x.com/#b or #c~c~c",
    })
    void documentedCases(String caption, String instagram, String twitter) {
        assertThat(tags(Platform.INSTAGRAM, caption)).isEqualTo(instagram);
        assertThat(tags(Platform.TWITTER, caption)).isEqualTo(twitter);
    }

    @Test
    void combiningMarksStayInsideAHashtag() {
        // e + COMBINING ACUTE ACCENT, Devanagari with its vowel sign
        assertThat(tags(Platform.INSTAGRAM, "#cafe\u0301 #\u0928\u092e\u0938\u094d\u0924\u0947"))
                .isEqualTo("cafe\u0301|\u0928\u092e\u0938\u094d\u0924\u0947");
    }

    @Test
    void theReadersUseThePlatformOfTheirOptionsInstagramByDefault() throws BadLineException {
        ReadOptions text = ReadOptions.defaults().withFormat(InputFormat.TEXT);
        assertThat(PostReader.parseLine(text, "#a #b c#d")).containsExactly("a", "b", "d");
        assertThat(PostReader.parseLine(text.withPlatform(Platform.TWITTER), "#a #b c#d")).containsExactly("a", "b");
        ReadOptions jsonl = ReadOptions.defaults().withFormat(InputFormat.JSONL);
        assertThat(PostReader.parseLine(jsonl, "{\"caption\":\"#x#y\"}")).containsExactly("x", "y");
    }

    @Test
    void aNameOtherThanInstagramOrTwitterIsRefused() {
        assertThat(Platform.parse(" Twitter ")).isEqualTo(Platform.TWITTER);
        assertThatThrownBy(() -> Platform.parse("tiktok")).hasMessage("unknown platform 'tiktok'; use instagram or twitter");
    }
}
