package tagcat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AsciiTagTableTest {
    private static int id(AsciiTagTable table, String tag) {
        byte[] b = ("  " + tag + " ").getBytes(StandardCharsets.US_ASCII);
        int h = 0;
        for (int i = 2; i < 2 + tag.length(); i++) {
            h = AsciiTagTable.hash(h, AsciiTagTable.lower(b[i]));
        }
        return table.id(b, 2, 2 + tag.length(), h);
    }

    @Test
    void findsTagsByTheirLowerCasedBytesAcrossHashCollisionsAndGrowth() {
        TagIds ids = new TagIds();
        AsciiTagTable table = new AsciiTagTable(ids);
        // "az" and "b[" have the same hash (31 * 'a' + 'z' == 31 * 'b' + '['); so do "AZ" lower-cased
        assertThat("az".hashCode()).isEqualTo("b[".hashCode());
        int az = id(table, "az");
        int b = id(table, "b[");
        assertThat(az).isNotEqualTo(b);
        for (int i = 0; i < 100_000; i++) { // several doublings of the slots, keys and arena
            assertThat(id(table, "Tag" + i)).isEqualTo(ids.id("tag" + i));
        }
        assertThat(id(table, "AZ")).isEqualTo(az);
        assertThat(id(table, "B[")).isEqualTo(b);
        assertThat(id(table, "TAG99999")).isEqualTo(ids.id("tag99999"));
        assertThat(ids.term(az)).isEqualTo("az");
        assertThat(ids.size()).isEqualTo(100_002);
    }

    @Test
    void twoTablesOverOneNumberingAgree() {
        TagIds ids = new TagIds();
        AsciiTagTable one = new AsciiTagTable(ids);
        AsciiTagTable two = new AsciiTagTable(ids);
        assertThat(id(one, "Sea")).isEqualTo(id(two, "sEA")).isEqualTo(ids.id("sea"));
    }
}
