package tagcat.text;

import tagcat.parallel.Parallelism;
import tagcat.parallel.Workers;

import tagcat.linalg.CsrMatrix;
import tagcat.linalg.SparseVector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * TF-IDF exactly as scikit-learn's {@code TfidfVectorizer} defaults compute it:
 * <pre>  idf(t) = ln((1 + n) / (1 + df(t))) + 1     (smooth_idf=True)
 *   w(t, post) = tf(t, post) * idf(t), then each row scaled to unit L2 norm</pre>
 * where n counts all posts given to {@link #fit}, including ones whose tags are all pruned by the
 * df limits (sklearn counts them too). tf is the raw count, which is 0 or 1 because tagcat
 * de-duplicates tags within a post.
 *
 * <p>Immutable once fitted; {@link #transform} and {@link #vector} are thread-safe.
 */
public final class TfIdfVectorizer {
    private final Vocabulary vocabulary;
    private final double[] idf;
    private final long documents;
    private final TfIdfOptions options;

    public TfIdfVectorizer(Vocabulary vocabulary, double[] idf, long documents, TfIdfOptions options) {
        if (idf.length != vocabulary.size()) {
            throw new IllegalArgumentException(vocabulary.size() + " terms but " + idf.length + " idf values");
        }
        this.vocabulary = vocabulary;
        this.idf = idf.clone();
        this.documents = documents;
        this.options = options;
    }

    /** The smoothed idf, the one place the formula lives. */
    public static double idf(long documents, long df) {
        return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
    }

    /** Learns the vocabulary (df limits applied as sklearn does) and the idf of each kept tag. */
    public static TfIdfVectorizer fit(TagCorpus corpus, TfIdfOptions options) {
        return fit(corpus.terms(), corpus.df, corpus.size(), options);
    }

    /**
     * {@link #fit(TagCorpus, TfIdfOptions)} from document frequencies counted elsewhere (a distributed count):
     * {@code df[t]} posts of {@code documents} hold {@code terms.get(t)}; the order of the terms does not matter.
     */
    public static TfIdfVectorizer fit(List<String> terms, int[] df, long documents, TfIdfOptions options) {
        if (terms.size() != df.length) {
            throw new IllegalArgumentException(terms.size() + " terms but " + df.length + " document frequencies");
        }
        long n = documents;
        if (n == 0) {
            throw new IllegalArgumentException("no posts to learn a vocabulary from");
        }
        double maxCount = options.maxDf().toCount(n);
        double minCount = options.minDf().toCount(n);
        if (maxCount < minCount) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "no tag can be kept: min-df %s needs tags on at least %,d of the %,d posts, max-df %s allows at most %,d",
                    options.minDf(), (long) Math.ceil(minCount), n, options.maxDf(), (long) Math.floor(maxCount)));
        }
        String[] names = terms.toArray(new String[0]);
        int[] kept = within(df, minCount, maxCount);
        sortByName(kept, names);
        if (options.maxFeatures() > 0 && kept.length > options.maxFeatures()) {
            // sklearn: stable sort by descending frequency over the alphabetical order, keep the first
            kept = Arrays.stream(kept).boxed().sorted(Comparator.comparingInt((Integer t) -> -df[t]))
                    .limit(options.maxFeatures()).mapToInt(Integer::intValue).toArray();
            sortByName(kept, names);
        }
        if (kept.length == 0) {
            throw new IllegalArgumentException("after pruning by min-df " + options.minDf() + " and max-df "
                    + options.maxDf() + " no tags remain; lower min-df or raise max-df");
        }
        List<String> keptTerms = new ArrayList<>(kept.length);
        int[] keptDf = new int[kept.length];
        double[] idf = new double[kept.length];
        describe(kept, names, df, n, keptTerms, keptDf, idf);
        return new TfIdfVectorizer(new Vocabulary(keptTerms, keptDf), idf, n, options);
    }

    // The loops over every term or post below live in methods of their own: the JIT compiles each
    // alone and small, rather than the whole caller, on the stack, while the user waits.

    /** The terms whose df is within [min, max], ascending. */
    private static int[] within(int[] df, double min, double max) {
        int[] kept = new int[df.length];
        int count = 0;
        for (int t = 0; t < df.length; t++) {
            if (df[t] >= min && df[t] <= max) {
                kept[count++] = t;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /** Name, df and idf of each kept term, in order. */
    private static void describe(int[] kept, String[] names, int[] df, long n, List<String> terms, int[] keptDf,
                                 double[] idf) {
        for (int i = 0; i < kept.length; i++) {
            int t = kept[i];
            terms.add(names[t]);
            keptDf[i] = df[t];
            idf[i] = idf(n, df[t]);
        }
    }

    /** Sorts the term ids by their names in code point order (a merge sort: no boxing, no lambda). */
    private static void sortByName(int[] ids, String[] names) {
        int n = ids.length;
        int[] tmp = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                System.arraycopy(ids, lo, tmp, lo, hi - lo);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    ids[k] = j >= hi || (i < mid && Vocabulary.compareCodePoints(names[tmp[i]], names[tmp[j]]) <= 0)
                            ? tmp[i++] : tmp[j++];
                }
            }
        }
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public double idf(int tagId) {
        return idf[tagId];
    }

    public double[] idfValues() {
        return idf.clone();
    }

    public long documents() {
        return documents;
    }

    public TfIdfOptions options() {
        return options;
    }

    /**
     * Vectorizes every post of the corpus. Posts none of whose tags are in the vocabulary would be
     * zero rows; they are left out of the matrix (and counted) since they carry no information.
     */
    public Vectorized transform(TagCorpus corpus) {
        return transform(corpus, Parallelism.allCores());
    }

    /** As {@link #transform(TagCorpus)}, on at most {@code parallelism}'s threads (rows are the same on any). */
    public Vectorized transform(TagCorpus corpus, Parallelism parallelism) {
        int[] remap = remap(corpus.terms());
        boolean allKept = true;
        for (int id : remap) {
            allKept &= id >= 0;
        }
        int n = corpus.size();
        int[] tags = corpus.tagArray();
        int[] starts = corpus.postStarts();
        int[] indptr = null;
        int[] postOfRow = null;
        int rows = 0;
        if (allKept) { // the usual case: every post is a row (a post has at least one tag), with all its tags
            indptr = starts;
            rows = n;
        }
        if (indptr == null) { // tags kept per post; rows and their offsets in post order
            indptr = new int[n + 1];
            postOfRow = new int[n];
            int nnz = 0;
            for (int p = 0; p < n; p++) {
                int c = 0;
                for (int j = starts[p]; j < starts[p + 1]; j++) {
                    if (remap[tags[j]] >= 0) {
                        c++;
                    }
                }
                if (c > 0) {
                    nnz += c;
                    postOfRow[rows++] = p;
                    indptr[rows] = nnz;
                }
            }
        }
        // each row writes its own slice, in parallel
        int[] indices = new int[indptr[rows]];
        float[] data = new float[indptr[rows]];
        int[] rowPost = postOfRow;
        int[] rowStart = indptr;
        inBlocks(rows, parallelism, (from, to) -> {
            RowWriter w = new RowWriter(tags, starts, remap, indices, data);
            for (int r = from; r < to; r++) {
                w.write(rowPost == null ? r : rowPost[r], rowStart[r], rowStart[r + 1]);
            }
        });
        // every post a row: the corpus's post starts are the row starts (both read only), shared, not copied
        CsrMatrix m = new CsrMatrix(rows, vocabulary.size(), indptr == starts ? starts : Arrays.copyOf(indptr, rows + 1),
                indices, data);
        int[] posts = postOfRow == null ? identity(n) : Arrays.copyOf(postOfRow, rows);
        return new Vectorized(m, posts, n - rows);
    }

    /** Each corpus term's vocabulary id, -1 if it is not in the vocabulary. */
    private int[] remap(List<String> corpusTerms) {
        int[] remap = new int[corpusTerms.size()];
        for (int t = 0; t < remap.length; t++) {
            remap[t] = vocabulary.id(corpusTerms.get(t));
        }
        return remap;
    }

    /**
     * Writes rows of the matrix, one call per row: a small method the JIT compiles as soon as it is hot,
     * rather than a long loop it compiles on the stack (and again) part way through.
     */
    private final class RowWriter {
        private final int[] tags;
        private final int[] starts;
        private final int[] remap;
        private final int[] indices;
        private final float[] data;
        private final int[] row = new int[SHORT_ROW];

        RowWriter(int[] tags, int[] starts, int[] remap, int[] indices, float[] data) {
            this.tags = tags;
            this.starts = starts;
            this.remap = remap;
            this.indices = indices;
            this.data = data;
        }

        /** Post {@code p}'s kept tags, sorted, and their weights, at {@code [start, end)}. */
        void write(int p, int start, int end) {
            if (end - start <= SHORT_ROW) {
                int kept = 0;
                for (int j = starts[p]; j < starts[p + 1]; j++) {
                    int id = remap[tags[j]];
                    if (id >= 0) {
                        row[kept++] = id;
                    }
                }
                placeSorted(row, kept, indices, start);
            } else {
                int at = start;
                for (int j = starts[p]; j < starts[p + 1]; j++) {
                    int id = remap[tags[j]];
                    if (id >= 0) {
                        indices[at++] = id;
                    }
                }
                Arrays.sort(indices, start, end);
            }
            fillWeights(indices, start, end, data);
        }
    }

    /** Rows up to this long are sorted by {@link #placeSorted}; longer ones by the library sort. */
    private static final int SHORT_ROW = 32;

    /**
     * Writes the distinct ids {@code row[0, n)} in ascending order to {@code out[from, from + n)}: each id
     * goes to its rank, the count of smaller ids. The comparisons are arithmetic, not branches, so an
     * unpredictable order costs no mispredictions (a post's tags are distinct: the corpus de-duplicates
     * them, and distinct tags have distinct vocabulary ids).
     */
    private static void placeSorted(int[] row, int n, int[] out, int from) {
        for (int i = 0; i < n; i++) {
            int v = row[i];
            int rank = 0;
            for (int j = 0; j < n; j++) {
                rank += (row[j] - v) >>> 31; // 1 when row[j] < v (ids are non-negative ints)
            }
            out[from + rank] = v;
        }
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private interface Range {
        void run(int from, int to);
    }

    /** Posts per parallel block: each row's output is its own, so the split does not change the result. */
    private static final int BLOCK = 1 << 14;

    private static void inBlocks(int n, Parallelism parallelism, Range body) {
        int blocks = Workers.tasksFor(n, BLOCK);
        if (blocks <= 1) {
            body.run(0, n);
            return;
        }
        try (Workers workers = parallelism.withThreads(Math.min(parallelism.threads(), blocks)).workers()) {
            workers.forEach(blocks, b -> body.run(b * BLOCK, Math.min(n, (b + 1) * BLOCK)));
        }
    }

    /** Vectorizes one post given as normalized tags; tags outside the vocabulary are ignored. */
    public SparseVector vector(Collection<String> tags) {
        int[] ids = tags.stream().mapToInt(vocabulary::id).filter(i -> i >= 0).distinct().sorted().toArray();
        float[] values = new float[ids.length];
        fillWeights(ids, 0, ids.length, values);
        return new SparseVector(ids, values);
    }

    private void fillWeights(int[] ids, int from, int to, float[] out) {
        double norm = 0;
        for (int j = from; j < to; j++) {
            norm += idf[ids[j]] * idf[ids[j]];
        }
        double inv = norm > 0 ? 1.0 / Math.sqrt(norm) : 0;
        for (int j = from; j < to; j++) {
            out[j] = (float) (idf[ids[j]] * inv);
        }
    }

    /**
     * The vectorized corpus: {@code matrix} row r is corpus post {@code postOfRow[r]}; {@code outOfVocabulary}
     * posts had no tag left after pruning and have no row.
     */
    public record Vectorized(CsrMatrix matrix, int[] postOfRow, int outOfVocabulary) {
    }
}
