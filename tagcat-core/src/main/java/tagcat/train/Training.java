package tagcat.train;

import java.io.IOException;
import java.util.List;
import tagcat.category.Categorizer;
import tagcat.category.Category;
import tagcat.category.TagsPerCategory;
import tagcat.cluster.KMeansResult;
import tagcat.cluster.Outliers;
import tagcat.ingest.PostSource;
import tagcat.ingest.ReadReport;
import tagcat.linalg.SparseVector;
import tagcat.model.FitSummary;
import tagcat.model.Fingerprint;
import tagcat.model.InputSummary;
import tagcat.model.ModelParameters;
import tagcat.model.ReadCounts;
import tagcat.model.TagcatModel;
import tagcat.model.TagcatVersion;
import tagcat.text.Cooccurrence;
import tagcat.text.TagCorpus;
import tagcat.text.TfIdfVectorizer;

/**
 * The pipeline from posts to a model, as the article has it: TF-IDF vectors, clustering by the chosen
 * {@link tagcat.cluster.Method}, categories named by their leading tags, optionally posts set aside as
 * uncategorized. The CLI, the server and the Spark job all train through here, so they agree on every
 * step; a front end only says where posts come from and what to do with the result.
 *
 * <pre>{@code
 * TrainingResult r = Training.fit(PostSource.files(List.of(Path.of("posts.txt")), ReadOptions.defaults()),
 *         TrainingOptions.defaults().withK(30), TrainingListener.NONE);
 * ModelFile.write(Path.of("model.json.gz"), r.model());
 * }</pre>
 */
public final class Training {
    private Training() {
    }

    /**
     * Reads every post of {@code source} and trains on them, on at most the options' threads.
     *
     * @throws IllegalArgumentException when no post has a tag, or k is above the number of posts
     * @throws IOException              when the source cannot be read, or a bad record under fail-on-error
     */
    public static TrainingResult fit(PostSource source, TrainingOptions options, TrainingListener listener)
            throws IOException {
        long t0 = System.nanoTime();
        TagCorpus.Builder builder = TagCorpus.builder();
        ReadReport report = source.read(builder, options.parallelism(), listener);
        TagCorpus corpus = builder.build(options.parallelism());
        if (corpus.size() == 0) {
            throw new IllegalArgumentException("no posts to cluster: " + report.summary());
        }
        ReadCounts counts = new ReadCounts(corpus.sources(), report.lines(), report.droppedEmpty(), report.malformed());
        return fit(corpus, counts, report, (System.nanoTime() - t0) / 1e9, options, listener);
    }

    /** Trains on posts already in memory (holdout splits, tests); {@code counts} says what reading dropped. */
    public static TrainingResult fit(TagCorpus corpus, ReadCounts counts, TrainingOptions options,
                                     TrainingListener listener) {
        return fit(corpus, counts, ReadReport.empty(), 0, options, listener);
    }

    private static TrainingResult fit(TagCorpus corpus, ReadCounts counts, ReadReport report, double readSeconds,
                                      TrainingOptions options, TrainingListener listener) {
        listener.stage(String.format(java.util.Locale.ROOT, "vectorizing %,d posts...", corpus.size()));
        long t0 = System.nanoTime();
        TfIdfVectorizer vectorizer = TfIdfVectorizer.fit(corpus, options.tfidf());
        TfIdfVectorizer.Vectorized vectors = vectorizer.transform(corpus, options.parallelism());
        double vectorizeSeconds = (System.nanoTime() - t0) / 1e9;

        int k = options.kmeans().k();
        int distinct = vectors.matrix().distinctRows(k);
        if (distinct < k) { // as scikit-learn warns: the extra categories stay empty whatever k-means does
            listener.warning(String.format(java.util.Locale.ROOT, "only %,d distinct posts for k = %d: at most %,d"
                    + " categories can hold posts and the other %,d stay empty; ask for --k %d or fewer", distinct, k,
                    distinct, k - distinct, distinct));
        }
        checkMemory(vectors.matrix(), k, options);
        SeedCentroids seeds = SeedCentroids.of(options.seedCategories(), vectorizer);
        listener.stage(String.format(java.util.Locale.ROOT, "clustering %,d posts into %d categories...",
                vectors.matrix().rows(), options.kmeans().k()));
        long t1 = System.nanoTime();
        KMeansResult fit = options.method().fit(vectors.matrix(), options.kmeans(), options.lsaDims(), seeds.dense(),
                listener);
        double fitSeconds = (System.nanoTime() - t1) / 1e9;

        int[] categoryOfRow = fit.labels(); // copies: set-aside rows change them
        int[] sizes = fit.sizes();
        int uncategorized = options.minSimilarity() > 0
                ? setAside(Outliers.similarity(vectors.matrix(), fit), options.minSimilarity(), categoryOfRow, sizes) : 0;
        List<Category> categories = Categorizer.categorize(fit.centroids(), sizes, vectorizer.vocabulary(),
                options.categories());
        int[] core = TagsPerCategory.counts(fit.centroids(), TagsPerCategory.DEFAULT_SHARE);
        if (options.coreTagsOnly()) {
            categories = TagsPerCategory.trim(categories, core, TagsPerCategory.MAX_AUTO);
        }
        InputSummary input = new InputSummary(counts.sources(), counts.lines(), corpus.size(), counts.droppedEmpty(),
                counts.malformed(), vectors.outOfVocabulary(), Fingerprint.of(corpus));
        boolean lsa = options.method() == tagcat.cluster.Method.LSA;
        ModelParameters params = new ModelParameters(options.method(), options.tfidf(),
                options.kmeans().withMetric(options.method().metric()), options.categories(), seeds.count(),
                lsa ? options.lsaDims() : 0, options.minSimilarity());
        Cooccurrence cooccurrence = options.cooccurrence() > 0
                ? Cooccurrence.count(corpus, vectorizer.vocabulary(), options.cooccurrence()) : null;
        TagcatModel model = new TagcatModel(TagcatVersion.current(), params, input, vectorizer, fit.centroids(),
                categories, new FitSummary(fit.inertia(), fit.iterations(), fit.converged()), cooccurrence);
        return new TrainingResult(model, corpus, report, vectors, fit, categoryOfRow, uncategorized, seeds.withoutTags(),
                core, new TrainingResult.Timings(readSeconds, vectorizeSeconds, fitSeconds));
    }

    /**
     * Dense centroids take k x columns doubles several times over (current, best, sums, a float copy: about 36
     * bytes per entry), columns being the tags (or --dims for lsa, which also holds posts x dims coordinates):
     * with k = 50,000 over 25,000 tags that is 45 GB. Said before k-means starts, not as an OutOfMemoryError
     * an hour later.
     */
    static void checkMemory(tagcat.linalg.CsrMatrix x, int k, TrainingOptions options) {
        boolean lsa = options.method() == tagcat.cluster.Method.LSA;
        double cols = lsa ? options.lsaDims() : x.cols();
        double need = 36.0 * k * cols + (lsa ? 3 * 8.0 * x.rows() * (options.lsaDims() + 10) : 0) + 24.0 * x.rows();
        double heap = Runtime.getRuntime().maxMemory();
        double free = heap - 16.0 * x.nnz(); // the matrix and the posts themselves stay in memory
        if (need > free) {
            double gib = 1 << 30;
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "not enough memory: clustering %,d posts into k = %,d categories over %,d %s needs about %.1f GiB,"
                            + " and the Java heap is %.1f GiB; give Java more (TAGCAT_JAVA_OPTS=-Xmx%dg ./tagcat ...)"
                            + " or ask for less (a smaller --k%s)", x.rows(), k, (long) cols, lsa ? "dimensions" : "tags",
                    need / gib, heap / gib, (long) Math.ceil((need + 16.0 * x.nnz()) * 1.25 / gib),
                    lsa ? " or --dims" : ", fewer tags with --max-features or --min-df, or --method lsa"));
        }
    }

    /** Rows less similar than {@code min} to their category get {@link TrainingResult#UNCATEGORIZED}; returns how many. */
    private static int setAside(double[] similarity, double min, int[] categoryOfRow, int[] sizes) {
        int n = 0;
        for (int r = 0; r < categoryOfRow.length; r++) {
            if (similarity[r] < min) {
                sizes[categoryOfRow[r]]--;
                categoryOfRow[r] = TrainingResult.UNCATEGORIZED;
                n++;
            }
        }
        return n;
    }

    /** Seed categories as dense starting centroids over the vocabulary. */
    private record SeedCentroids(double[][] dense, int withoutTags) {
        static SeedCentroids of(List<List<String>> seeds, TfIdfVectorizer vectorizer) {
            if (seeds.isEmpty()) {
                return new SeedCentroids(null, 0);
            }
            int dims = vectorizer.vocabulary().size();
            double[][] given = new double[seeds.size()][dims];
            int without = 0;
            for (int s = 0; s < given.length; s++) {
                SparseVector v = vectorizer.vector(seeds.get(s));
                if (v.isEmpty()) {
                    without++;
                }
                for (int j = 0; j < v.indices().length; j++) {
                    given[s][v.indices()[j]] = v.values()[j];
                }
            }
            return new SeedCentroids(given, without);
        }

        int count() {
            return dense == null ? 0 : dense.length;
        }
    }
}
