package tagcat.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What a collection of posts looks like before any clustering: how many tags posts carry (the article's
 * histogram; Instagram data peaks at 1 and at the 30-tag limit), which tags are most used, and how tag
 * frequency falls with rank (Zipf's law: a straight line on log-log axes).
 *
 * @param posts              posts in the corpus
 * @param occurrences        tag occurrences (each post's distinct tags, summed)
 * @param tagsPerPost        {@code tagsPerPost[n]} = posts with exactly n distinct tags; index 0 is unused
 *                           (empty posts are dropped on reading), the last index is the longest post
 * @param frequencies        posts per tag, descending: element r is the frequency of the tag of rank r + 1
 * @param tagsByFrequency    the tags in the same order (ties by code point order)
 */
public record TagStats(int posts, long occurrences, long[] tagsPerPost, int[] frequencies,
                       List<String> tagsByFrequency) {
    /** Tags with fewer posts than this are left out of the Zipf fit: the flat tail of rare tags is steps, not a slope. */
    public static final int ZIPF_MIN_POSTS = 5;
    /** Tables and charts of tags per post show 1..30 one by one (Instagram's limit), then the rest as one. */
    public static final int HISTOGRAM_ROWS = 30;

    public TagStats {
        tagsByFrequency = List.copyOf(tagsByFrequency);
        if (frequencies.length != tagsByFrequency.size()) {
            throw new IllegalArgumentException(frequencies.length + " frequencies for " + tagsByFrequency.size() + " tags");
        }
    }

    public static TagStats of(TagCorpus corpus) {
        int n = corpus.size();
        int longest = 0;
        for (int p = 0; p < n; p++) {
            longest = Math.max(longest, corpus.end(p) - corpus.start(p));
        }
        long[] hist = new long[longest + 1];
        for (int p = 0; p < n; p++) {
            hist[corpus.end(p) - corpus.start(p)]++;
        }
        int[] df = corpus.documentFrequencies();
        List<Integer> ids = new ArrayList<>(df.length);
        for (int t = 0; t < df.length; t++) {
            ids.add(t);
        }
        List<String> terms = corpus.terms();
        ids.sort(Comparator.comparingInt((Integer t) -> -df[t])
                .thenComparing((a, b) -> Vocabulary.compareCodePoints(terms.get(a), terms.get(b))));
        int[] freq = new int[ids.size()];
        List<String> tags = new ArrayList<>(ids.size());
        for (int r = 0; r < ids.size(); r++) {
            freq[r] = df[ids.get(r)];
            tags.add(terms.get(ids.get(r)));
        }
        return new TagStats(n, corpus.occurrences(), hist, freq, tags);
    }

    public int distinctTags() {
        return frequencies.length;
    }

    public long[] tagsPerPost() {
        return tagsPerPost.clone();
    }

    /** Posts with more than {@code tags} tags. */
    public long postsWithMoreTagsThan(int tags) {
        long n = 0;
        for (int c = tags + 1; c < tagsPerPost.length; c++) {
            n += tagsPerPost[c];
        }
        return n;
    }

    public int[] frequencies() {
        return frequencies.clone();
    }

    public double meanTagsPerPost() {
        return posts == 0 ? 0 : (double) occurrences / posts;
    }

    /** The tag count of the middle post (lower median). */
    public int medianTagsPerPost() {
        long seen = 0;
        for (int c = 1; c < tagsPerPost.length; c++) {
            seen += tagsPerPost[c];
            if (seen * 2 >= posts) {
                return c;
            }
        }
        return 0;
    }

    /** Posts with the most common tag count, its count first on ties. */
    public int modeTagsPerPost() {
        int mode = 0;
        for (int c = 1; c < tagsPerPost.length; c++) {
            if (tagsPerPost[c] > tagsPerPost[mode]) {
                mode = c;
            }
        }
        return mode;
    }

    /** A tag and the number of posts that carry it. */
    public record TagCount(String tag, int posts) {
    }

    /** The {@code n} most used tags, descending. */
    public List<TagCount> top(int n) {
        List<TagCount> out = new ArrayList<>(Math.min(n, frequencies.length));
        for (int r = 0; r < Math.min(n, frequencies.length); r++) {
            out.add(new TagCount(tagsByFrequency.get(r), frequencies[r]));
        }
        return out;
    }

    /**
     * The Zipf exponent s of {@code frequency ∝ rank^-s}: minus the least-squares slope of ln(frequency) over
     * ln(rank), on tags with at least {@link #ZIPF_MIN_POSTS} posts. NaN with fewer than 3 such tags.
     */
    public double zipfExponent() {
        int m = 0;
        while (m < frequencies.length && frequencies[m] >= ZIPF_MIN_POSTS) {
            m++;
        }
        if (m < 3) {
            return Double.NaN;
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int r = 0; r < m; r++) {
            double x = Math.log(r + 1);
            double y = Math.log(frequencies[r]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
        return -slope;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TagStats t && posts == t.posts && occurrences == t.occurrences
                && Arrays.equals(tagsPerPost, t.tagsPerPost) && Arrays.equals(frequencies, t.frequencies)
                && tagsByFrequency.equals(t.tagsByFrequency);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(frequencies) * 31 + posts;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "TagStats[%d posts, %d tags, %.2f tags per post, top %s]", posts,
                distinctTags(), meanTagsPerPost(), top(5));
    }
}
