package tagcat.ingest;

import java.util.List;

/**
 * One PostgreSQL array literal per line, in Postgres' text syntax for a one-dimensional {@code text[]}, as printed
 * by {@code COPY} or {@code psql}: {@code {italy,food}}, {@code {"new york",nyc,"say \"hi\""}}.
 *
 * <ul>
 *   <li>Elements are separated by commas. Double-quoted elements may hold anything; inside and outside quotes a
 *       backslash takes the next char literally.</li>
 *   <li>Whitespace around unquoted elements is trimmed (unless escaped); around the braces it is allowed.</li>
 *   <li>Unquoted {@code NULL} (any case) is a null element and is left out; quoted or escaped it is a tag.</li>
 *   <li>More lenient than Postgres: empty elements ({@code {a,,b}}, the article's {@code {architecture, }})
 *       are accepted and dropped, because real exports contain them.</li>
 *   <li>A dimension prefix, which Postgres prints for an array whose lower bound is not 1
 *       ({@code [0:1]={a,b}}), is read and ignored: the elements are what count.</li>
 *   <li>A multi-dimensional array ({@code {{a,b},{c,d}}}) is read as its elements in order: a post is a set of
 *       tags, whatever shape PostgreSQL stored them in.</li>
 * </ul>
 * Whitespace here is any char up to U+0020, a superset of Postgres' six, matching {@link String#trim()} in the
 * normalizer.
 *
 * <p>Public only for {@link #format}, which writers (such as {@code tagcat extract --to pgarray}) share.
 */
public final class PgArrayFormat implements LineFormat {
    private final StringBuilder element = new StringBuilder();

    PgArrayFormat() {
    }

    @Override
    public void parse(String s, List<String> out) throws BadLineException {
        int n = s.length();
        int i = skipBounds(s, skipSpace(s, 0));
        if (i == n || s.charAt(i) != '{') {
            throw new BadLineException("missing '{' at the start of the array");
        }
        checkEnd(s, elements(s, i + 1, out));
    }

    /**
     * Reads the elements of an array whose '{' is before {@code i}, sub-arrays flattened in order; returns the index
     * after its closing '}'.
     */
    private int elements(String s, int i, List<String> out) throws BadLineException {
        int n = s.length();
        i = skipSpace(s, i);
        if (i < n && s.charAt(i) == '}') {
            return i + 1;
        }
        while (true) {
            i = skipSpace(s, i);
            if (i == n) {
                throw missingClose();
            }
            char c = s.charAt(i);
            if (c == '"') {
                i = quoted(s, i + 1, out);
            } else if (c == '{') {
                i = skipSpace(s, elements(s, i + 1, out));
                if (i == n) {
                    throw missingClose();
                }
                if (s.charAt(i) != ',' && s.charAt(i) != '}') {
                    throw new BadLineException("unexpected text after a sub-array");
                }
            } else {
                i = unquoted(s, i, out);
            }
            // s.charAt(i) is now ',' or '}'
            if (s.charAt(i++) == '}') {
                return i;
            }
        }
    }

    /** Skips a {@code [lo:hi]=} prefix at {@code i}, if there is one; returns where the array's '{' should be. */
    private static int skipBounds(String s, int i) throws BadLineException {
        int n = s.length();
        if (i == n || s.charAt(i) != '[') {
            return i;
        }
        int j = i + 1;
        j = skipInteger(s, j);
        if (j == n || s.charAt(j) != ':') {
            throw new BadLineException("malformed dimension prefix (expected [lower:upper]=)");
        }
        j = skipInteger(s, j + 1);
        if (j == n || s.charAt(j) != ']') {
            throw new BadLineException("malformed dimension prefix (expected [lower:upper]=)");
        }
        j++;
        if (j < n && s.charAt(j) == '[') { // another dimension: [1:2][1:3]={{..},{..}}
            return skipBounds(s, j);
        }
        j = skipSpace(s, j);
        if (j == n || s.charAt(j) != '=') {
            throw new BadLineException("malformed dimension prefix (expected [lower:upper]=)");
        }
        return skipSpace(s, j + 1);
    }

    private static int skipInteger(String s, int i) throws BadLineException {
        int n = s.length();
        int j = i < n && (s.charAt(i) == '-' || s.charAt(i) == '+') ? i + 1 : i;
        int digits = j;
        while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            j++;
        }
        if (j == digits) {
            throw new BadLineException("malformed dimension prefix (expected [lower:upper]=)");
        }
        return j;
    }

    /** Reads a quoted element whose opening quote is before {@code i}; returns the index of the ',' or '}' after it. */
    private int quoted(String s, int i, List<String> out) throws BadLineException {
        int n = s.length();
        StringBuilder sb = element;
        sb.setLength(0);
        while (true) {
            if (i >= n) {
                throw new BadLineException("unterminated quoted element");
            }
            char c = s.charAt(i++);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                if (i >= n) {
                    throw new BadLineException("unterminated quoted element");
                }
                c = s.charAt(i++);
            }
            sb.append(c);
        }
        out.add(sb.toString());
        i = skipSpace(s, i);
        if (i == n) {
            throw missingClose();
        }
        char c = s.charAt(i);
        if (c != ',' && c != '}') {
            throw new BadLineException("unexpected text after a quoted element");
        }
        return i;
    }

    /** Reads an unquoted element starting at {@code i}; returns the index of the ',' or '}' after it. */
    private int unquoted(String s, int i, List<String> out) throws BadLineException {
        int n = s.length();
        StringBuilder sb = element;
        sb.setLength(0);
        int keep = 0; // length without trailing unescaped whitespace
        boolean escaped = false;
        while (true) {
            if (i >= n) {
                throw missingClose();
            }
            char c = s.charAt(i);
            if (c == ',' || c == '}') {
                break;
            }
            if (c == '\\') {
                if (i + 1 >= n) {
                    throw missingClose();
                }
                sb.append(s.charAt(i + 1));
                i += 2;
                keep = sb.length();
                escaped = true;
                continue;
            }
            if (c == '"') {
                throw new BadLineException("unexpected '\"' inside an unquoted element");
            }
            if (c == '{') {
                throw new BadLineException("unexpected '{' inside an unquoted element");
            }
            sb.append(c);
            i++;
            if (c > ' ') {
                keep = sb.length();
            }
        }
        sb.setLength(keep);
        boolean isNull = !escaped && keep == 4 && "NULL".equalsIgnoreCase(sb.toString());
        if (keep > 0 && !isNull) {
            out.add(sb.toString());
        }
        return i;
    }

    /**
     * {@link #parse} then {@link TagNormalizer}, straight from the bytes {@code b[from, to)} of a line into a batch,
     * for the common case only: plain ASCII, unquoted elements without escapes or inner whitespace, no tag
     * too long. Returns whether a post was added, or null when the line is anything else: then the
     * general path must parse it (and report what is wrong with it, if anything).
     */
    static Boolean parseBytes(byte[] b, int from, int to, int maxTagLength, PostBatch.Builder out, long lineNumber) {
        int i = skipSpace(b, from, to);
        if (i == to) {
            return Boolean.FALSE; // a blank line: no post
        }
        if (b[i] != '{') {
            return null;
        }
        i++;
        out.startPost();
        while (true) {
            i = skipSpace(b, i, to);
            if (i == to) {
                return null;
            }
            int c = b[i];
            if (c == '}') {
                i++;
                break;
            }
            if (c == ',') { // an empty element, dropped
                i++;
                continue;
            }
            int start = i;
            while (i < to && (c = b[i]) > ' ' && c != ',' && c != '}') {
                if (c == '"' || c == '\\' || c == '{' || c == 0x7F) {
                    return null;
                }
                i++;
            }
            int end = i;
            i = skipSpace(b, i, to);
            if (i == to || (b[i] != ',' && b[i] != '}') || (i < to && b[i] < 0)) {
                return null; // inner whitespace, a byte >= 0x80, or no closing brace
            }
            int len = end - start;
            if (len == 4 && (b[start] | 32) == 'n' && (b[start + 1] | 32) == 'u' && (b[start + 2] | 32) == 'l'
                    && (b[start + 3] | 32) == 'l') {
                continue; // NULL: no element
            }
            while (start < end && b[start] == '#') {
                start++;
            }
            if (end - start > maxTagLength) {
                return null;
            }
            if (start == end) {
                continue;
            }
            out.addTag(out.idOfAscii(b, start, end));
        }
        if (skipSpace(b, i, to) != to) {
            return null;
        }
        if (out.postSize() == 0) {
            return Boolean.FALSE;
        }
        out.endPost(lineNumber);
        return Boolean.TRUE;
    }

    /**
     * Skips spaces and TABs. Any other control character stops the byte path where it is, and the String path,
     * which checks {@link ControlCharacters}, reports the line.
     */
    private static int skipSpace(byte[] b, int i, int to) {
        while (i < to && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static void checkEnd(String s, int i) throws BadLineException {
        if (skipSpace(s, i) != s.length()) {
            throw new BadLineException("unexpected text after the closing '}'");
        }
    }

    private static BadLineException missingClose() {
        return new BadLineException("missing '}' at the end of the array");
    }

    private static int skipSpace(String s, int i) {
        int n = s.length();
        while (i < n && s.charAt(i) <= ' ') {
            i++;
        }
        return i;
    }

    /**
     * A literal that {@link #parse} reads back as the same list: elements are quoted when empty, equal to
     * {@code NULL} in any case, or holding whitespace, a control char or one of {@code {}",\}.
     *
     * @throws IllegalArgumentException if a tag is null or holds a line feed, which no one-line literal can carry
     */
    public static String format(List<String> tags) {
        StringBuilder sb = new StringBuilder(16 * tags.size() + 2).append('{');
        for (int k = 0; k < tags.size(); k++) {
            String tag = tags.get(k);
            if (tag == null) {
                throw new IllegalArgumentException("tag " + (k + 1) + " is null");
            }
            if (tag.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("tag " + (k + 1) + " holds a line feed: \"" + tag + "\"");
            }
            if (k > 0) {
                sb.append(',');
            }
            if (needsQuotes(tag)) {
                sb.append('"');
                for (int i = 0; i < tag.length(); i++) {
                    char c = tag.charAt(i);
                    if (c == '"' || c == '\\') {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
                sb.append('"');
            } else {
                sb.append(tag);
            }
        }
        return sb.append('}').toString();
    }

    private static boolean needsQuotes(String tag) {
        if (tag.isEmpty() || tag.equalsIgnoreCase("NULL")) {
            return true;
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c <= ' ' || c == '{' || c == '}' || c == '"' || c == ',' || c == '\\') {
                return true;
            }
        }
        return false;
    }
}
