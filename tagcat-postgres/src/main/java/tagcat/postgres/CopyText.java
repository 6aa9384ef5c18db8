package tagcat.postgres;

/**
 * PostgreSQL's COPY text format: one row per line, columns separated by tabs, {@code \N} for NULL, and
 * backslash escapes for backslash, tab, newline and carriage return (and {@code \b \f \v} on the way
 * out of the server). Escapes are ASCII, so rows are decoded as bytes, UTF-8 untouched.
 */
final class CopyText {
    private CopyText() {
    }

    /** Whether the field {@code [from, to)} of {@code row} is {@code \N}. */
    static boolean isNull(byte[] row, int from, int to) {
        return to - from == 2 && row[from] == '\\' && row[from + 1] == 'N';
    }

    /**
     * Appends the field {@code [from, to)} of {@code row}, unescaped, to {@code out} at {@code at}; returns the new
     * end. Line breaks become spaces, so the field stays one line for a line-based parser (a caption's
     * paragraphs, a tag that somehow holds one).
     */
    static int unescapeOneLine(byte[] row, int from, int to, byte[] out, int at) {
        int plain = from;
        while (plain < to && row[plain] != '\\' && row[plain] != '\n' && row[plain] != '\r') {
            plain++;
        }
        System.arraycopy(row, from, out, at, plain - from); // most rows have nothing to unescape
        int o = at + plain - from;
        from = plain;
        for (int i = from; i < to; i++) {
            byte b = row[i];
            if (b == '\\' && i + 1 < to) {
                byte e = row[++i];
                b = switch (e) {
                    case 'n', 'r' -> ' ';
                    case 't' -> '\t';
                    case 'b' -> 8;
                    case 'f' -> 12;
                    case 'v' -> 11;
                    default -> e;
                };
            } else if (b == '\n' || b == '\r') {
                b = ' ';
            }
            out[o++] = b;
        }
        return o;
    }

    /** The field {@code [from, to)} of {@code row}, unescaped, as a string (an id). */
    static String string(byte[] row, int from, int to) {
        byte[] buf = new byte[to - from];
        int n = unescapeOneLine(row, from, to, buf, 0);
        return new String(buf, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Appends {@code value} escaped for COPY ... FROM STDIN (text format); null is {@code \N}. */
    static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
