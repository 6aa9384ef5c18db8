package tagcat.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place where a raw tag becomes a tag: every reader, the CLI, the server and the Spark job call this.
 *
 * <p>Steps: TAB, LF and CR become spaces, the invisible U+200B, U+2060 and U+FEFF are dropped, Unicode NFKC (so
 * {@code ＃Ｃａｆé} and {@code #café} meet), lower case with {@link Locale#ROOT}, NFKC again if lower-casing
 * un-normalized the text (it does for a few Greek letters with iota subscript), trim, strip leading {@code #}, trim.
 * A tag that becomes empty is dropped. A tag holding any other control character is malformed
 * ({@link ControlCharacters}).
 *
 * <p>{@code normalize} is idempotent: {@code normalize(normalize(x)).equals(normalize(x))}. That is why every leading
 * {@code #} goes, not only the first: with one, {@code ##a} would become {@code #a} and then {@code a} when a
 * file written by tagcat is read back.
 */
public final class TagNormalizer {
    /** Below this many tags a post is de-duplicated by a linear scan; above, with a hash set. */
    private static final int LINEAR_DEDUPE_LIMIT = 16;

    private TagNormalizer() {
    }

    /** The normalized tag, or null if nothing is left (null, blank or only {@code #}). */
    public static String normalize(String rawTag) {
        if (rawTag == null) {
            return null;
        }
        String s = rawTag;
        if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            // from JSON or a database: whitespace, as a space is; every other control character is malformed
            s = s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        if (isAscii(s)) {
            s = s.toLowerCase(Locale.ROOT); // NFKC leaves ASCII alone
        } else {
            // invisible chars go first: removed after NFKC they could leave two combining marks side by side
            // out of canonical order, and normalizing again would change the tag (found by fuzzing)
            s = Normalizer.normalize(withoutInvisible(s), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
                s = Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        // trim, then strip '#' and trim again while one leads: i.e. drop the leading run of '#' and whitespace
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) <= ' ') {
            end--;
        }
        int start = 0;
        while (start < end && (s.charAt(start) <= ' ' || s.charAt(start) == '#')) {
            start++;
        }
        return start == end ? null : s.substring(start, end);
    }

    /**
     * Normalizes each tag, drops nulls and empties, and keeps the first of duplicates, in order. For tags that are
     * not read as data (a query): no length limit, and a control character is kept (no known tag has one).
     */
    public static List<String> normalizeAll(Collection<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        try {
            normalizeInto(raw, Integer.MAX_VALUE, false, out);
        } catch (BadLineException e) {
            throw new AssertionError("no tag is longer than Integer.MAX_VALUE, and control characters are kept", e);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Appends the normalized, de-duplicated tags of {@code raw} to {@code out} (which must start empty).
     *
     * @throws BadLineException if a normalized tag is longer than {@code maxTagLength} code points or holds a
     *                          control character
     */
    static void normalizeInto(Collection<String> raw, int maxTagLength, List<String> out) throws BadLineException {
        normalizeInto(raw, maxTagLength, true, out);
    }

    private static void normalizeInto(Collection<String> raw, int maxTagLength, boolean controlsAreMalformed,
                                      List<String> out) throws BadLineException {
        Set<String> seen = null;
        for (String r : raw) {
            String tag = normalize(r);
            if (tag == null) {
                continue;
            }
            if (tag.length() > maxTagLength && tag.codePointCount(0, tag.length()) > maxTagLength) {
                throw new BadLineException("tag longer than " + maxTagLength + " chars");
            }
            int control = controlsAreMalformed ? ControlCharacters.firstIn(tag) : -1;
            if (control >= 0) {
                throw new BadLineException(ControlCharacters.tagReason(control));
            }
            if (seen == null && out.size() < LINEAR_DEDUPE_LIMIT) {
                if (out.contains(tag)) {
                    continue;
                }
            } else {
                if (seen == null) {
                    seen = new HashSet<>(out);
                }
                if (!seen.add(tag)) {
                    continue;
                }
            }
            out.add(tag);
        }
    }

    /**
     * Without the invisible chars that make two tags look the same and differ: ZERO WIDTH SPACE, WORD JOINER and
     * ZERO WIDTH NO-BREAK SPACE (a byte order mark inside text). The joiners U+200C and U+200D stay: Persian
     * words and emoji sequences need them.
     */
    private static String withoutInvisible(String s) {
        if (s.indexOf('\u200B') < 0 && s.indexOf('\u2060') < 0 && s.indexOf('\uFEFF') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\u200B' && c != '\u2060' && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
