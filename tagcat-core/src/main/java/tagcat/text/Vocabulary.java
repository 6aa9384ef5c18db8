package tagcat.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags kept for vectorizing, sorted by code point (as scikit-learn sorts its feature names), with
 * each tag's document frequency. A tag's id is its position here.
 */
public final class Vocabulary {
    private final List<String> terms;
    private final int[] df;
    private final Map<String, Integer> ids;

    public Vocabulary(List<String> terms, int[] df) {
        if (terms.size() != df.length) {
            throw new IllegalArgumentException(terms.size() + " terms but " + df.length + " frequencies");
        }
        this.terms = List.copyOf(terms);
        this.df = df.clone();
        this.ids = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < terms.size(); i++) {
            if (ids.put(terms.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate term '" + terms.get(i) + "'");
            }
        }
    }

    public int size() {
        return terms.size();
    }

    public String term(int id) {
        return terms.get(id);
    }

    public List<String> terms() {
        return terms;
    }

    /** Id of a normalized tag, or -1 when it is not in the vocabulary. */
    public int id(String tag) {
        Integer id = ids.get(tag);
        return id == null ? -1 : id;
    }

    public int df(int id) {
        return df[id];
    }

    /** Code point order: Python's str ordering, which differs from String.compareTo beyond the BMP. */
    public static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                // UTF-16 order equals code point order unless a surrogate meets a char above U+D7FF
                if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
                    return Integer.compare(a.codePointAt(Character.isLowSurrogate(ca) && i > 0 ? i - 1 : i),
                            b.codePointAt(Character.isLowSurrogate(cb) && i > 0 ? i - 1 : i));
                }
                return Character.compare(ca, cb);
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
