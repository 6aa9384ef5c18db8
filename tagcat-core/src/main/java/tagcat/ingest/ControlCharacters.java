package tagcat.ingest;

/**
 * One rule for control characters, in every reader: a line holding one (C0 but TAB, DEL, C1; a CR only where it
 * ends the line) is malformed, reported and counted like any bad line; so is a tag holding one, after the
 * normalizer made TAB, LF and CR (which JSON strings and database arrays can hold) spaces.
 * Why: no real hashtag contains one, while hostile data uses ESC and BEL to rewrite a user's terminal, NUL
 * means UTF-16 read as UTF-8, and a CR inside a line means CR-only line endings that merged many posts into one.
 *
 * <p>{@link #escape} is for printing text that did not pass this rule (file names, arguments) to a terminal.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** Whether {@code c} is a control character: U+0000-U+001F, U+007F-U+009F. */
    public static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** Why a line with control character {@code c} is malformed. */
    static String reason(int c) {
        return switch (c) {
            case '\r' -> "carriage return inside the line (a file with CR-only line endings? convert them first:"
                    + " tr '\\r' '\\n' < FILE)";
            case 0 -> "NUL character (UTF-16 text without a byte order mark? convert it first: iconv -f UTF-16LE"
                    + " -t UTF-8 FILE)";
            default -> "control character " + name(c);
        };
    }

    /** Why a tag with control character {@code c} is malformed. */
    static String tagReason(int c) {
        return "control character " + name(c) + " in a tag";
    }

    /**
     * The reason a line of text is malformed by this rule, or null. TAB is allowed; a CR is allowed only as the
     * line's last char (a CRLF line whose LF was already cut off).
     */
    public static String check(String line) {
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (c < 0x20 ? c != '\t' && !(c == '\r' && i == n - 1) : c >= 0x7F && c <= 0x9F) {
                return reason(c);
            }
        }
        return null;
    }

    /** {@link #check} for a caption inside JSON, where line breaks and TABs are text. */
    static String checkCaption(String caption) {
        for (int i = 0, n = caption.length(); i < n; i++) {
            char c = caption.charAt(i);
            if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return reason(c);
            }
        }
        return null;
    }

    /** The first control character of a normalized tag, or -1. */
    public static int firstIn(String tag) {
        for (int i = 0, n = tag.length(); i < n; i++) {
            if (isControl(tag.charAt(i))) {
                return tag.charAt(i);
            }
        }
        return -1;
    }

    /** {@code s} with every control character shown as {@code \\uXXXX}, safe to print to a terminal. */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (isControl(c) && c != '\n' && c != '\t') {
                if (out == null) {
                    out = new StringBuilder(n + 8).append(s, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static String name(int c) {
        String abbreviation = switch (c) {
            case 0 -> "NUL";
            case 7 -> "BEL";
            case 8 -> "BS";
            case 9 -> "TAB";
            case 0x0B -> "VT";
            case 0x0C -> "FF";
            case 0x1B -> "ESC";
            case 0x7F -> "DEL";
            default -> null;
        };
        String code = String.format("U+%04X", c);
        return abbreviation == null ? code : code + " (" + abbreviation + ")";
    }
}
