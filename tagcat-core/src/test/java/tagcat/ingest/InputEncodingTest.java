package tagcat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Inputs that are not plain UTF-8 text: gzip read strictly, everything else refused with what it is. */
class InputEncodingTest {
    private static final ReadOptions TAGS = ReadOptions.defaults().withFormat(InputFormat.TAGS);
    private final List<Post> posts = new ArrayList<>();

    private ReadReport read(byte[] bytes) throws IOException {
        return PostReader.read("posts.gz", new ByteArrayInputStream(bytes), TAGS, posts::add);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void aSecondMemberCutShortIsAnErrorNotHalfTheFile() throws Exception {
        byte[] second = gzip("c\nd\n");
        byte[] data = concat(gzip("a\nb\n"), Arrays.copyOf(second, second.length - 5));
        assertThatThrownBy(() -> read(data)).isInstanceOf(IOException.class)
                .hasMessage("posts.gz: gzip data cut short in member 2 (the file is truncated)");
    }

    @Test
    void aSecondMemberCutInsideItsHeaderIsAnErrorToo() throws Exception {
        byte[] data = concat(gzip("a\n"), Arrays.copyOf(gzip("b\n"), 4));
        assertThatThrownBy(() -> read(data)).hasMessageContaining("cut short in member 2");
    }

    @Test
    void trailingGarbageAfterTheLastMemberIsAnErrorNamingItsOffset() throws Exception {
        byte[] first = gzip("a\n");
        byte[] data = concat(first, "garbage\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(data))
                .hasMessage("posts.gz: data that is not gzip after member 1, at byte " + first.length
                        + " (trailing garbage)");
    }

    @Test
    void aDamagedChecksumIsAnError() throws Exception {
        byte[] data = gzip("a\nb\n");
        data[data.length - 6] ^= 1; // inside the CRC-32 of the trailer
        assertThatThrownBy(() -> read(data)).hasMessageContaining("gzip member 1 is damaged: its CRC-32");
    }

    @Test
    void aHeaderChecksumThatDoesNotMatchIsAnError() throws Exception {
        // found by the fuzz target OtherInputsFuzzTest#gzip: FHCRC set, the two checksum bytes were skipped unread
        byte[] plain = gzip("a\n");
        byte[] withCrc = new byte[plain.length + 2];
        System.arraycopy(plain, 0, withCrc, 0, 10);
        withCrc[3] = 2; // FHCRC
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(withCrc, 0, 10);
        withCrc[10] = (byte) crc.getValue();
        withCrc[11] = (byte) (crc.getValue() >>> 8);
        System.arraycopy(plain, 10, withCrc, 12, plain.length - 10);
        read(withCrc);
        assertThat(posts).hasSize(1);
        withCrc[10] ^= 1;
        assertThatThrownBy(() -> read(withCrc)).hasMessageContaining("header checksum does not match");
    }

    @Test
    void manyMembersAreReadInOrderWithTheirHeaderFields() throws Exception {
        // a member with FNAME and FCOMMENT set, as gzip writes for a named file
        byte[] named = gzip("b\n");
        byte[] withName = new byte[named.length + 6];
        System.arraycopy(named, 0, withName, 0, 10);
        withName[3] = 8 | 16;
        byte[] fields = {'x', 0, 'c', 'm', 't', 0};
        System.arraycopy(fields, 0, withName, 10, 6);
        System.arraycopy(named, 10, withName, 16, named.length - 10);
        read(concat(gzip("a\n"), withName, gzip(""), gzip("c\n")));
        assertThat(posts.stream().map(Post::tags)).containsExactly(List.of("a"), List.of("b"), List.of("c"));
    }

    @Test
    void gzipFromAStreamThatCannotTellWhatIsAvailableIsRead() throws Exception {
        // a pipe opened by path (<(zcat ...)): available() fails with "Illegal seek"
        byte[] data = concat(gzip("a\n"), gzip("b\n"));
        InputStream pipe = new ByteArrayInputStream(data) {
            @Override
            public synchronized int available() {
                throw new UnsupportedOperationException("Illegal seek");
            }

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3)); // and arrives in small pieces
            }
        };
        PostReader.read("/dev/fd/63", pipe, TAGS, posts::add);
        assertThat(posts).hasSize(2);
    }

    @Test
    void otherCompressionsAreRefusedByName() {
        byte[] bzip2 = {'B', 'Z', 'h', '9', 0x31, 0x41, 0x59, 0x26};
        byte[] xz = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0, 0};
        byte[] zstd = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0};
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertThatThrownBy(() -> read(bzip2)).hasMessageContaining("bzip2-compressed").hasMessageContaining("bzip2 -dc");
        assertThatThrownBy(() -> read(xz)).hasMessageContaining("xz-compressed");
        assertThatThrownBy(() -> read(zstd)).hasMessageContaining("zstd-compressed");
        assertThatThrownBy(() -> read(zip)).hasMessageContaining("zip archive");
        assertThat(posts).isEmpty();
    }

    @Test
    void utf16TextIsRefusedWithTheWayToConvertIt() throws Exception {
        byte[] utf16 = "food italy\n".getBytes(StandardCharsets.UTF_16); // big-endian, with a byte order mark
        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "food\n".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> read(utf16)).hasMessageContaining("UTF-16 text").hasMessageContaining("iconv");
        assertThatThrownBy(() -> read(utf16le)).hasMessageContaining("UTF-16 text");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(utf16);
        }
        assertThatThrownBy(() -> read(gz.toByteArray())).hasMessageContaining("gzip data holding UTF-16 text");
    }

    @Test
    void textThatMerelyStartsLikeASignatureIsText() throws Exception {
        read("BZh bzh\nPK\n".getBytes(StandardCharsets.UTF_8));
        assertThat(posts.stream().map(Post::tags)).containsExactly(List.of("bzh"), List.of("pk"));
    }
}
