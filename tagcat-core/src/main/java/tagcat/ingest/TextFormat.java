package tagcat.ingest;

import com.twitter.twittertext.Extractor;
import java.util.List;

/**
 * Free-text captions; hashtags are found by the rules of a {@link Platform}. Twitter's are twitter-text's
 * {@link Extractor#extractHashtags}, the rules Twitter itself uses: {@code #} or {@code ＃} followed by Unicode
 * letters, marks, digits or underscores with at least one non-digit ({@code #café}, {@code #東京},
 * {@code #100daysofcode}; not {@code #123}), not inside a URL ({@code https://x.com/a#frag}) and not glued to a
 * preceding letter ({@code a#b}).
 */
final class TextFormat implements LineFormat {
    private final Platform platform;

    TextFormat(Platform platform) {
        this.platform = platform;
    }

    /** Stateless after construction (its only field is never changed here), so one is shared by all threads. */
    private static final Extractor EXTRACTOR = new Extractor();

    @Override
    public void parse(String line, List<String> out) {
        platform.extract(line, out);
    }

    /**
     * Captions longer than this go to twitter-text in pieces. Its extractor copies the rest of the text after every
     * match, so its time grows with length times hashtags: about 20 s for a 900 KB line of hashtags whole, 2 s in
     * pieces (twitter-text still costs some microseconds per hashtag).
     */
    static final int PIECE_CHARS = 2048;

    static void extractTwitter(String text, List<String> out) {
        // A text without any number sign cannot hold a hashtag: skip twitter-text's regexes for it.
        if (text.indexOf('#') < 0 && text.indexOf('\uFF03') < 0) {
            return;
        }
        int n = text.length();
        if (n <= PIECE_CHARS) {
            out.addAll(EXTRACTOR.extractHashtags(text));
            return;
        }
        for (int start = 0; start < n; ) {
            int end = pieceEnd(text, start);
            String piece = text.substring(start, end);
            if (piece.indexOf('#') >= 0 || piece.indexOf('\uFF03') >= 0) {
                out.addAll(EXTRACTOR.extractHashtags(piece));
            }
            start = end;
        }
    }

    /**
     * Where the piece starting at {@code start} ends: just before a whitespace char in its second half, so the
     * next piece starts with whitespace. Hashtags and URLs never contain whitespace, and to twitter-text
     * whitespace before a {@code #} or a URL is as good as the start of the text, so cutting there changes
     * nothing.
     *
     * <p>Limit: a run of more than {@value #PIECE_CHARS}/2 chars without whitespace is cut where it is long enough
     * (not inside a surrogate pair); a hashtag or URL across that cut may be read differently than whole.
     */
    static int pieceEnd(String s, int start) {
        int limit = start + PIECE_CHARS;
        if (limit >= s.length()) {
            return s.length();
        }
        for (int i = limit; i > start + PIECE_CHARS / 2; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return Character.isHighSurrogate(s.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
