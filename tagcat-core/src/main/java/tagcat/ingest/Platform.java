package tagcat.ingest;

import java.util.List;
import java.util.Locale;

/**
 * Whose rules say where a hashtag is in a caption. Captions written on Instagram and on Twitter/X differ: on
 * Instagram {@code #tabagismo#felizsemtabaco} is two hashtags and {@code amazing#vapesalvador} one, on Twitter
 * neither is.
 */
public enum Platform {
    /**
     * Instagram's rules, as its app links hashtags: a {@code #} (or the full-width {@code ＃}) anywhere, even right
     * after a letter or another hashtag, followed by a run of hashtag characters: letters, digits (a hashtag of
     * digits only, {@code #2024}, is one), combining marks, connector punctuation such as {@code _}, the joiners
     * U+200C/U+200D, and emoji (with their variation selector, skin tones and keycaps). Anything else ends it:
     * spaces, punctuation, {@code &}, {@code .}, {@code -}, another {@code #}. Not hashtags: an HTML character
     * reference ({@code &#39;}, {@code &#x27;}, left in scraped captions) and a {@code #} inside a URL (a run of
     * non-space chars starting with {@code http://}, {@code https://} or {@code www.}).
     */
    INSTAGRAM,
    /**
     * Twitter's rules, by twitter-text: a {@code #} not glued to a preceding letter, followed by letters, marks,
     * digits or underscores with at least one non-digit, and not inside a URL.
     */
    TWITTER;

    /** {@link #INSTAGRAM}: the article's platform. */
    public static final Platform DEFAULT = INSTAGRAM;

    /** The platform named {@code s} (any case). */
    public static Platform parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown platform '" + s + "'; use instagram or twitter");
        }
    }

    /** Appends the hashtags of {@code caption}, without their {@code #}, in order. */
    void extract(String caption, List<String> out) {
        if (this == TWITTER) {
            TextFormat.extractTwitter(caption, out);
        } else {
            extractInstagram(caption, out);
        }
    }

    private static void extractInstagram(String s, List<String> out) {
        int n = s.length();
        int i = s.indexOf('#');
        if (i < 0 && s.indexOf('\uFF03') < 0) {
            return;
        }
        i = 0;
        int wordStart = 0; // the start of the run of non-space chars holding i
        int urlCheckedAt = -1;
        boolean inUrl = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '#' && c != '\uFF03') {
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    wordStart = i + 1;
                }
                i++;
                continue;
            }
            int start = i + 1;
            if (c == '#' && i > 0 && s.charAt(i - 1) == '&' && isCharacterReference(s, start)) {
                i = start;
                continue;
            }
            if (urlCheckedAt != wordStart) { // once per word, so a long run of #a#b#c stays linear
                urlCheckedAt = wordStart;
                inUrl = startsUrl(s, wordStart);
            }
            if (inUrl) {
                i = start;
                continue;
            }
            int j = start;
            while (j < n) {
                int cp = s.codePointAt(j);
                if (!isHashtagChar(cp)) {
                    break;
                }
                j += Character.charCount(cp);
            }
            if (j > start) {
                out.add(s.substring(start, j));
            }
            i = j == start ? start : j;
        }
    }

    private static boolean startsUrl(String s, int from) {
        return s.regionMatches(true, from, "http://", 0, 7) || s.regionMatches(true, from, "https://", 0, 8)
                || s.regionMatches(true, from, "www.", 0, 4);
    }

    /** {@code 39;} or {@code x27;} at {@code from}: the rest of an HTML character reference {@code &#39;}. */
    private static boolean isCharacterReference(String s, int from) {
        int i = from;
        boolean hex = i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
        if (hex) {
            i++;
        }
        int digits = i;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) && s.charAt(i) < 0x80
                || hex && "abcdefABCDEF".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return i > digits && i < s.length() && s.charAt(i) == ';';
    }

    static boolean isHashtagChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '_';
        }
        if (Character.isLetterOrDigit(cp) || cp == 0x200C || cp == 0x200D) {
            return true;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.CONNECTOR_PUNCTUATION) {
            return true;
        }
        return isEmoji(cp);
    }

    /** Emoji and their parts: pictographs, symbols, regional indicators, variation selector 16, tag characters. */
    private static boolean isEmoji(int cp) {
        return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF || cp >= 0x2300 && cp <= 0x23FF
                || cp >= 0x2B00 && cp <= 0x2BFF || cp >= 0xE0020 && cp <= 0xE007F || cp == 0xFE0F || cp == 0x20E3
                || cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139
                || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
    }
}
