package tagcat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TagDictionaryTest {
    private static int id(TagDictionary table, String tag) {
        byte[] b = ("  " + tag + " ").getBytes(StandardCharsets.US_ASCII);
        return table.id(b, 2, 2 + tag.length());
    }

    @Test
    void findsTagsByTheirLowerCasedBytesAcrossGrowthAndAnyLength() {
        TagDictionary table = new TagDictionary();
        int az = id(table, "az");
        int b = id(table, "b[");
        assertThat(az).isNotEqualTo(b);
        // keys of 7, 8, 9, 16 and 17 bytes, at the very end of the array too (no bytes to read past it)
        for (String t : java.util.List.of("abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq")) {
            byte[] end = t.toUpperCase().getBytes(StandardCharsets.US_ASCII);
            assertThat(table.id(end, 0, end.length)).isEqualTo(table.id(t));
            assertThat(id(table, t)).isEqualTo(table.id(t));
        }
        assertThat(id(table, "abcdefgh")).isNotEqualTo(id(table, "abcdefg"));
        for (int i = 0; i < 100_000; i++) { // several doublings of the slots, keys and arena
            int id = id(table, "Tag" + i);
            assertThat(table.id("tag" + i)).isEqualTo(id);
            assertThat(table.term(id)).isEqualTo("tag" + i);
        }
        assertThat(id(table, "AZ")).isEqualTo(az);
        assertThat(id(table, "B[")).isEqualTo(b);
        assertThat(id(table, "TAG99999")).isEqualTo(table.id("tag99999"));
        assertThat(table.term(az)).isEqualTo("az");
        assertThat(table.size()).isEqualTo(100_007);
    }

    @Test
    void tagsOfEveryLengthKeepTheirOwnIdsAndSpelling() {
        TagDictionary table = new TagDictionary();
        TagDictionary merged = new TagDictionary();
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        for (int len = 1; len <= 40; len++) {
            for (char c : new char[] {'a', 'b'}) { // tags that differ only in their last byte
                String t = "x".repeat(len - 1) + c;
                byte[] end = t.getBytes(StandardCharsets.US_ASCII); // at the very end of its array
                int id = table.id(end, 0, end.length);
                assertThat(ids.values()).doesNotContain(id);
                ids.put(t, id);
                assertThat(id(table, t.toUpperCase())).isEqualTo(id);
                assertThat(table.term(id)).isEqualTo(t);
                assertThat(merged.idOf(table, id)).isEqualTo(id); // merged in the same order: the same ids
            }
        }
        ids.forEach((t, id) -> assertThat(table.id(t)).isEqualTo(id));
        ids.forEach((t, id) -> assertThat(merged.term(merged.idOf(table, id))).isEqualTo(t));
        assertThat(merged.size()).isEqualTo(80);
    }

    @Test
    void lowerCasesEveryByteOfAWordAndNothingElse() {
        for (int c = 0; c < 128; c++) {
            long w = (long) c << 24 | 'Q' | (long) '@' << 8 | (long) '[' << 56;
            long expected = (long) (c >= 'A' && c <= 'Z' ? c + 32 : c) << 24 | 'q' | (long) '@' << 8 | (long) '[' << 56;
            assertThat(TagDictionary.lowerCase(w)).isEqualTo(expected);
        }
    }

    @Test
    void aTokenEndsAtTheFirstSeparatorOrNonAsciiByte() {
        String line = "abcdefghijkl,mnopqrstuvwxyz0123\tX\u00e9yz ab";
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        for (int from = 0; from < b.length; from++) {
            for (int to = from; to <= b.length; to++) {
                int expected = from;
                while (expected < to && b[expected] > ' ' && b[expected] != ',') {
                    expected++;
                }
                assertThat(TagDictionary.tokenEnd(b, from, to)).as("from %d to %d", from, to).isEqualTo(expected);
            }
        }
    }

    @Test
    void aTagHasOneIdWhetherGivenAsBytesOrAsAString() {
        TagDictionary table = new TagDictionary();
        int sea = id(table, "SEA");
        assertThat(table.id("sea")).isEqualTo(sea);
        int cafe = table.id("café");
        assertThat(table.id("café")).isEqualTo(cafe).isNotEqualTo(sea);
        assertThat(table.term(cafe)).isEqualTo("café");
        assertThat(table.term(sea)).isEqualTo("sea");
        assertThat(table.size()).isEqualTo(2);
    }

    @Test
    void mergingAnotherDictionaryNumbersItsTagsHereInTheOrderAsked() {
        TagDictionary one = new TagDictionary();
        int sea = id(one, "Sea");
        int longTag = id(one, "wanderlustlifeforever");
        int cafe = one.id("café");
        TagDictionary all = new TagDictionary();
        int sky = all.id("sky");
        assertThat(all.idOf(one, longTag)).isEqualTo(1);
        assertThat(all.idOf(one, cafe)).isEqualTo(2);
        assertThat(all.idOf(one, sea)).isEqualTo(3);
        assertThat(all.idOf(one, longTag)).isEqualTo(1);
        assertThat(all.id("wanderlustlifeforever")).isEqualTo(1);
        assertThat(all.id("café")).isEqualTo(2);
        assertThat(all.term(3)).isEqualTo("sea");
        assertThat(sky).isZero();
        assertThat(all.size()).isEqualTo(4);
    }
}
