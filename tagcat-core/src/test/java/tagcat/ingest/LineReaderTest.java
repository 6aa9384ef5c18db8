package tagcat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<String> lines(byte[] bytes) throws IOException {
        LineReader r = new LineReader(new ByteArrayInputStream(bytes));
        List<String> out = new ArrayList<>();
        while (r.next()) {
            assertThat(r.lineNumber()).isEqualTo(out.size() + 1);
            out.add(r.tooLong() ? "<too long>" : String.valueOf(r.text()));
        }
        return out;
    }

    private static List<String> lines(String s) throws IOException {
        return lines(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void crlfAndLfBothEndALineAndALoneCarriageReturnIsContent() throws IOException {
        assertThat(lines("ab\r\ncd\nx\ry\r\n")).containsExactly("ab", "cd", "x\ry");
    }

    @Test
    void theLastLineNeedsNoTerminatorAndAFinalTerminatorAddsNoLine() throws IOException {
        assertThat(lines("a\nb")).containsExactly("a", "b");
        assertThat(lines("a\nb\n")).containsExactly("a", "b");
        assertThat(lines("")).isEmpty();
        assertThat(lines("\n\n")).containsExactly("", "");
    }

    @Test
    void aByteOrderMarkIsSkippedAtTheStartOfAnyLine() throws IOException {
        // files joined with cat keep one at the start of each; elsewhere it is text (the normalizer drops it)
        assertThat(lines("\uFEFFa\n\uFEFFb\nc\uFEFFd")).containsExactly("a", "b", "c\uFEFFd");
    }

    @Test
    void invalidUtf8SpoilsOnlyItsOwnLine() throws IOException {
        byte[] bytes = {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xC3, '\n', (byte) 0xC0, (byte) 0xAF, '\n',
            (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n', (byte) 0xFF, '\n', 'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9};
        assertThat(lines(bytes)).containsExactly("ok", "null", "null", "null", "null", "café");
    }

    @Test
    void aLineOfExactlyTheLimitIsKeptAndOneByteMoreIsNot() throws IOException {
        String max = "x".repeat(LineReader.MAX_LINE_BYTES);
        List<String> got = lines(max + "\r\n" + max + "y\nz");
        assertThat(got).hasSize(3);
        assertThat(got.get(0)).hasSize(LineReader.MAX_LINE_BYTES);
        assertThat(got.subList(1, 3)).containsExactly("<too long>", "z");
    }
}
