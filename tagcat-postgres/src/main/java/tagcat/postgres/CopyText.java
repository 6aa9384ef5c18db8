package tagcat.postgres;

/**
 * PostgreSQL's COPY text format, as written to the server: one row per line, columns separated by tabs,
 * {@code \N} for NULL, and backslash escapes for backslash, tab, newline and carriage return.
 */
final class CopyText {
    private CopyText() {
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
