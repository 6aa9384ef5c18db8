package tagcat.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.util.List;

/**
 * Tags separated by whitespace and/or commas, as in the HARRISON data set ({@code sea instapic instagram trip }).
 * Space and TAB separate tags; any other control character makes the line malformed ({@link ControlCharacters}).
 * A line of separators only is an empty post.
 */
final class TagsFormat implements LineFormat {
    @Override
    public void parse(String line, List<String> out) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
    }

    /**
     * The same result as {@link #parse} followed by {@link TagNormalizer}, straight into a batch:
     * plain-ASCII tokens are lower-cased and stripped of leading '#' without the
     * general normalizer; any other token takes the general normalizer. Returns whether a post was added (false:
     * no tag left, an empty post).
     */
    static boolean parseInto(String line, int maxTagLength, PostBatch.Builder out, long lineNumber)
            throws BadLineException {
        String control = ControlCharacters.check(line);
        if (control != null) {
            throw new BadLineException(control);
        }
        out.startPost();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(line.charAt(i))) {
                i++;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && !isSeparator(line.charAt(i))) {
                ascii &= line.charAt(i) < 0x80;
                i++;
            }
            if (i == start) {
                continue;
            }
            if (ascii) {
                int from = start;
                while (from < i && line.charAt(from) == '#') {
                    from++;
                }
                if (from == i) {
                    continue;
                }
                if (i - from > maxTagLength) {
                    throw new BadLineException("tag longer than " + maxTagLength + " chars");
                }
                out.addTag(out.id(lowerCaseAscii(line, from, i)));
            } else {
                String tag = TagNormalizer.normalize(line.substring(start, i));
                if (tag == null) {
                    continue;
                }
                if (tag.length() > maxTagLength && tag.codePointCount(0, tag.length()) > maxTagLength) {
                    throw new BadLineException("tag longer than " + maxTagLength + " chars");
                }
                out.addTag(out.id(tag));
            }
        }
        if (out.postSize() == 0) {
            return false;
        }
        out.endPost(lineNumber);
        return true;
    }

    /**
     * {@link #parseInto} for the bytes {@code b[from, to)} of one line; returns whether a post was added.
     */
    static boolean parseBytes(byte[] b, int from, int to, int maxTagLength, PostBatch.Builder out, long lineNumber,
                              CharsetDecoder decoder) throws BadLineException {
        int before = out.size();
        parseLine(b, from, to, maxTagLength, out, lineNumber, decoder);
        return out.size() > before;
    }

    /**
     * {@link #parseInto} for the line that starts at {@code b[from]} and ends at the first '\n' or at
     * {@code to}, in one pass over its bytes: plain-ASCII tokens are found eight bytes at a time and
     * looked up by their bytes. A line holding any other byte is decoded (malformed if that fails) and
     * takes the String path. Adds a post unless none of its tags is left; returns where the line ends
     * (the index of its '\n', or {@code to}).
     */
    static int parseLine(byte[] b, int from, int to, int maxTagLength, PostBatch.Builder out, long lineNumber,
                         CharsetDecoder decoder) throws BadLineException {
        out.startPost();
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c == '\n') {
                break;
            }
            if (c < 0) {
                return viaString(b, from, to, maxTagLength, out, lineNumber, decoder);
            }
            if (c <= ' ' || c == ',' || c == '#') { // separators, and '#' before a token
                if (c < ' ' && c != '\t' && !(c == '\r' && (i + 1 == to || b[i + 1] == '\n'))) {
                    throw new BadLineException(ControlCharacters.reason(c));
                }
                i++;
                continue;
            }
            if (c == 0x7F) {
                throw new BadLineException(ControlCharacters.reason(c));
            }
            int end = TagDictionary.tokenEnd(b, i, to); // a byte >= 0x80 ends the token too; the loop then sees it
            if (end - i > maxTagLength) {
                int lineEnd = lineEnd(b, end, to);
                for (int q = end; q < lineEnd; q++) {
                    if (b[q] < 0) { // invalid UTF-8 is the line's first problem, if it has one
                        return viaString(b, from, to, maxTagLength, out, lineNumber, decoder);
                    }
                }
                throw new BadLineException("tag longer than " + maxTagLength + " chars");
            }
            out.addTag(out.idOfAscii(b, i, end));
            i = end;
        }
        if (out.postSize() > 0) {
            out.endPost(lineNumber);
        }
        return i;
    }

    /** The index of the first '\n' in {@code b[from, to)}, or {@code to}. */
    static int lineEnd(byte[] b, int from, int to) {
        int nl = LineChunks.indexOfNewline(b, from, to);
        return nl < 0 ? to : nl;
    }

    private static String lowerCaseAscii(String line, int from, int to) {
        char[] c = new char[to - from];
        for (int q = from; q < to; q++) {
            char ch = line.charAt(q);
            c[q - from] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
        }
        return new String(c);
    }

    /** The line from {@code from} to its end, decoded and parsed as a String; returns where it ends. */
    private static int viaString(byte[] b, int from, int to, int maxTagLength, PostBatch.Builder out,
                                 long lineNumber, CharsetDecoder decoder) throws BadLineException {
        int end = lineEnd(b, from, to);
        int stop = end > from && b[end - 1] == '\r' ? end - 1 : end;
        parseInto(decode(b, from, stop, decoder), maxTagLength, out, lineNumber);
        return end;
    }

    /** The bytes {@code b[from, to)} of a line as UTF-8 text; a line that is not valid UTF-8 is malformed. */
    static String decode(byte[] b, int from, int to, CharsetDecoder decoder) throws BadLineException {
        try {
            return decoder.decode(ByteBuffer.wrap(b, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new BadLineException("invalid UTF-8");
        }
    }

    private static boolean isSeparator(byte c) {
        return c <= ' ' || c == ',';
    }

    private static boolean isSeparator(char c) {
        return c <= ' ' || c == ',';
    }
}
