package tagcat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * What the first bytes of an input say it is, before any line is read: UTF-8 text (read), gzip (gunzipped,
 * strictly: {@link GzipMembers}), or something tagcat does not read, refused with what it is and how to convert
 * it. Without this a bzip2 file or a UTF-16 export reads as lines of garbage tags and nobody is told.
 */
final class InputEncoding {
    /** The longest signature looked at (xz's). */
    private static final int SNIFF = 6;

    private InputEncoding() {
    }

    /**
     * The input's text as UTF-8 bytes: {@code in} itself, or gunzipped.
     *
     * @throws IOException if the input is compressed another way or is UTF-16/32 text
     */
    static InputStream open(InputStream in) throws IOException {
        PushbackInputStream sniffed = new PushbackInputStream(in, SNIFF);
        byte[] head = peek(sniffed);
        if (isGzip(head)) {
            PushbackInputStream text = new PushbackInputStream(new GzipMembers(sniffed), SNIFF);
            byte[] inner = peek(text);
            String unsupported = unsupported(inner);
            if (unsupported != null) {
                throw new IOException("gzip data holding " + unsupported);
            }
            return text;
        }
        String unsupported = unsupported(head);
        if (unsupported != null) {
            throw new IOException(unsupported);
        }
        return sniffed;
    }

    /** Up to {@link #SNIFF} first bytes (fewer at the end of input), pushed back. */
    private static byte[] peek(PushbackInputStream in) throws IOException {
        byte[] head = new byte[SNIFF];
        int n = 0;
        while (n < SNIFF) {
            int r = in.read(head, n, SNIFF - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        in.unread(head, 0, n);
        return java.util.Arrays.copyOf(head, n);
    }

    private static boolean isGzip(byte[] h) {
        return starts(h, 0x1f, 0x8b);
    }

    /** Why these first bytes are not input tagcat reads, with the way out; null when they may be UTF-8 text. */
    static String unsupported(byte[] h) {
        if (starts(h, 'B', 'Z', 'h') && h.length >= 6 && h[3] >= '1' && h[3] <= '9' && (h[4] & 0xFF) == 0x31
                && (h[5] & 0xFF) == 0x41) {
            return compressed("bzip2", "bzip2 -dc");
        }
        if (starts(h, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
            return compressed("xz", "xz -dc");
        }
        if (starts(h, 0x28, 0xB5, 0x2F, 0xFD)) {
            return compressed("zstd", "zstd -dc");
        }
        if (starts(h, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "a 7-Zip archive; extract the text files and give those";
        }
        if (starts(h, 'P', 'K', 3, 4)) {
            return "a zip archive; extract it (unzip -p FILE | tagcat ... -) and give the text";
        }
        if (starts(h, 0xFF, 0xFE, 0, 0) || starts(h, 0, 0, 0xFE, 0xFF)) {
            return encoded("UTF-32");
        }
        if (starts(h, 0xFF, 0xFE) || starts(h, 0xFE, 0xFF)) {
            return encoded("UTF-16");
        }
        return null;
    }

    private static String compressed(String what, String command) {
        return what + "-compressed data, which tagcat does not read (it reads text and gzip): decompress it first, e.g. "
                + command + " FILE | tagcat ... -";
    }

    private static String encoded(String charset) {
        return charset + " text (it starts with a " + charset + " byte order mark); tagcat reads UTF-8: convert it"
                + " first, e.g. iconv -f " + charset + " -t UTF-8 FILE > FILE.utf8";
    }

    private static boolean starts(byte[] h, int... signature) {
        if (h.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((h[i] & 0xFF) != (signature[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
