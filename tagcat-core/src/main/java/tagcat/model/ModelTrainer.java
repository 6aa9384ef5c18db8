package tagcat.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import tagcat.category.Categorizer;
import tagcat.category.Category;
import tagcat.category.CategoryOptions;
import tagcat.cluster.Balance;
import tagcat.cluster.KMeans;
import tagcat.cluster.LsaKMeans;
import tagcat.cluster.Method;
import tagcat.cluster.Metric;
import tagcat.cluster.Outliers;
import tagcat.cluster.KMeansListener;
import tagcat.cluster.KMeansOptions;
import tagcat.cluster.KMeansResult;
import tagcat.text.Cooccurrence;
import tagcat.text.SparseVector;
import tagcat.text.TagCorpus;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

/**
 * The pipeline from posts to a model: TF-IDF vectors, clustering by the chosen {@link Method}, named
 * categories, optionally posts set aside as uncategorized. The CLI,
 * the server and the Spark job all train through here, so they agree on every step.
 */
public final class ModelTrainer {
    private ModelTrainer() {
    }

    /**
     * @param cooccurrence  companions kept per tag in the model's co-occurrence counts (they rank suggestions,
     *                      see {@link Cooccurrence}); 0 stores none
     * @param method        the clustering recipe (default {@link #DEFAULT_METHOD})
     * @param dims          LSA dimensions (used by {@link Method#LSA}; capped at the vocabulary size)
     * @param minSimilarity posts whose cosine similarity to their category is below this are left
     *                      uncategorized (0 = every post gets a category)
     */
    public record Options(TfIdfOptions tfidf, KMeansOptions kmeans, CategoryOptions categories, int cooccurrence,
                          Method method, int dims, double minSimilarity) {
        /** Companions kept per tag unless told otherwise. */
        public static final int DEFAULT_COOCCURRENCE = 100;
        /**
         * LSA won on real data (EVALUATION.md: HARRISON, k = 50, NMI 0.73 vs 0.72 spherical, 0.65 article);
         * the article's exact recipe is {@code --method article}.
         */
        public static final Method DEFAULT_METHOD = Method.LSA;
        /** LSA dimensions: 50 did best on HARRISON (30-100 tried). */
        public static final int DEFAULT_DIMS = 50;

        public Options {
            if (cooccurrence < 0) {
                throw new IllegalArgumentException("cooccurrence must be >= 0 (0 = none), got " + cooccurrence);
            }
            if (method == null) {
                throw new IllegalArgumentException("method is required");
            }
            if (dims < 1) {
                throw new IllegalArgumentException("dims must be >= 1, got " + dims);
            }
            if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
                throw new IllegalArgumentException("min-similarity must be in [0, 1], got " + minSimilarity);
            }
        }

        /** With the default co-occurrence counts and method. */
        public Options(TfIdfOptions tfidf, KMeansOptions kmeans, CategoryOptions categories) {
            this(tfidf, kmeans, categories, DEFAULT_COOCCURRENCE);
        }

        public Options(TfIdfOptions tfidf, KMeansOptions kmeans, CategoryOptions categories, int cooccurrence) {
            this(tfidf, kmeans, categories, cooccurrence, DEFAULT_METHOD, DEFAULT_DIMS, 0);
        }

        public static Options defaults() {
            return new Options(TfIdfOptions.defaults(), KMeansOptions.defaults(), CategoryOptions.defaults());
        }

        public Options withCooccurrence(int perTag) {
            return new Options(tfidf, kmeans, categories, perTag, method, dims, minSimilarity);
        }

        public Options withMethod(Method m) {
            return new Options(tfidf, kmeans, categories, cooccurrence, m, dims, minSimilarity);
        }

        public Options withDims(int d) {
            return new Options(tfidf, kmeans, categories, cooccurrence, method, d, minSimilarity);
        }

        public Options withMinSimilarity(double s) {
            return new Options(tfidf, kmeans, categories, cooccurrence, method, dims, s);
        }
    }

    /**
     * @param vectors           the corpus as TF-IDF rows (row r is corpus post vectors.postOfRow()[r])
     * @param kmeans            the fit, labels by row
     * @param seedsWithoutTags  seed-category lines none of whose tags is in the vocabulary (their centroid starts at 0)
     * @param categoryOfRow     each row's category, -1 when set aside as uncategorized ({@link Options#minSimilarity()})
     * @param uncategorized     how many rows were set aside
     */
    public record Trained(TagcatModel model, TfIdfVectorizer.Vectorized vectors, KMeansResult kmeans,
                          double vectorizeSeconds, double fitSeconds, int seedsWithoutTags, int[] categoryOfRow,
                          int uncategorized) {
        public Balance balance() {
            int[] sizes = new int[model.categories().size()];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = model.categories().get(i).size();
            }
            return Balance.of(sizes);
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts, once per JVM, a background thread that reads and vectorizes some synthetic posts through
     * the same code as real input, so that the JIT compiles it while the caller is still starting up
     * (a command line's start-up runs mostly on one thread, so it leaves part of a core idle): the real
     * input then meets compiled code sooner. Changes nothing else; {@code -Dtagcat.warmUp=false}
     * turns it off.
     */
    public static void warmUpInBackground() {
        if (Boolean.parseBoolean(System.getProperty("tagcat.warmUp", "true")) && WARMING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> warmUp(), "tagcat-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY); // a hint only: Linux ignores it unless the JVM is told otherwise
            t.start();
        }
    }

    /** Reads and vectorizes the synthetic posts; returns the matrix rows of the last round, -1 on any error. */
    static int warmUp() {
        StringBuilder lines = new StringBuilder();
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            for (int t = 0, n = 1 + random.nextInt(15); t < n; t++) {
                lines.append(t == 0 ? "" : " ").append(random.nextInt(4) == 0 ? "Warm" : "warm").append(random.nextInt(3000))
                        .append(random.nextInt(3) == 0 ? "uptagcatlife" : "");
            }
            lines.append('\n');
        }
        byte[] bytes = lines.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int rows = -1;
        try {
            for (int round = 0; round < 3; round++) {
                TagCorpus.Builder corpus = TagCorpus.builder();
                tagcat.ingest.PostReader.read("warm-up", new java.io.ByteArrayInputStream(bytes),
                        tagcat.ingest.ReadOptions.defaults().withFormat(tagcat.ingest.InputFormat.TAGS).withThreads(1), corpus);
                TagCorpus c = corpus.build();
                rows = TfIdfVectorizer.fit(c, TfIdfOptions.defaults()).transform(c).matrix().rows();
            }
        } catch (IOException | RuntimeException e) {
            return -1; // a warm-up: nothing depends on it
        }
        return rows;
    }

    public static Trained train(TagCorpus corpus, ReadCounts counts, List<List<String>> seedCategories, Options options,
                                KMeansListener listener) {
        long t0 = System.nanoTime();
        TfIdfVectorizer vectorizer = TfIdfVectorizer.fit(corpus, options.tfidf());
        TfIdfVectorizer.Vectorized vectors = vectorizer.transform(corpus);
        double vectorizeSeconds = (System.nanoTime() - t0) / 1e9;

        double[][] given = null;
        int seedsWithoutTags = 0;
        if (seedCategories != null && !seedCategories.isEmpty()) {
            if (seedCategories.size() > options.kmeans().k()) {
                throw new IllegalArgumentException(seedCategories.size() + " seed categories but k = "
                        + options.kmeans().k() + "; raise k or give fewer seeds");
            }
            int dims = vectorizer.vocabulary().size();
            given = new double[seedCategories.size()][dims];
            for (int s = 0; s < given.length; s++) {
                SparseVector v = vectorizer.vector(seedCategories.get(s));
                if (v.isEmpty()) {
                    seedsWithoutTags++;
                }
                for (int j = 0; j < v.indices().length; j++) {
                    given[s][v.indices()[j]] = v.values()[j];
                }
            }
        }
        long t1 = System.nanoTime();
        Method method = options.method();
        KMeansOptions km = options.kmeans().withMetric(method == Method.ARTICLE ? options.kmeans().metric() : Metric.COSINE);
        KMeansResult fit = method == Method.LSA
                ? LsaKMeans.fit(vectors.matrix(), Math.min(options.dims(), Math.min(vectors.matrix().rows(), vectors.matrix().cols())),
                        km, given, listener)
                : KMeans.fit(vectors.matrix(), km, given, listener);
        double fitSeconds = (System.nanoTime() - t1) / 1e9;
        int[] categoryOfRow = fit.labels().clone();
        int[] sizes = fit.sizes().clone();
        int uncategorized = 0;
        if (options.minSimilarity() > 0) {
            double[] similarity = Outliers.similarity(vectors.matrix(), fit);
            for (int r = 0; r < categoryOfRow.length; r++) {
                if (similarity[r] < options.minSimilarity()) {
                    sizes[categoryOfRow[r]]--;
                    categoryOfRow[r] = -1;
                    uncategorized++;
                }
            }
        }
        List<Category> categories = Categorizer.categorize(fit.centroids(), sizes, vectorizer.vocabulary(),
                options.categories());
        InputSummary input = new InputSummary(counts.sources(), counts.lines(), corpus.size(), counts.droppedEmpty(),
                counts.malformed(), vectors.outOfVocabulary(), Fingerprint.of(corpus));
        String methodId = method == Method.ARTICLE && km.metric() == Metric.COSINE ? Method.SPHERICAL.id() : method.id();
        ModelParameters params = new ModelParameters(methodId, options.tfidf(), km, options.categories(),
                given == null ? 0 : given.length, method == Method.LSA ? options.dims() : 0, options.minSimilarity());
        Cooccurrence cooccurrence = options.cooccurrence() > 0
                ? Cooccurrence.count(corpus, vectorizer.vocabulary(), options.cooccurrence()) : null;
        TagcatModel model = new TagcatModel(version(), params, input, vectorizer, fit.centroids(), categories,
                new FitSummary(fit.inertia(), fit.iterations(), fit.converged()), cooccurrence);
        return new Trained(model, vectors, fit, vectorizeSeconds, fitSeconds, seedsWithoutTags, categoryOfRow, uncategorized);
    }

    /** This build's version, e.g. "0.1.0-SNAPSHOT". */
    public static String version() {
        try (InputStream in = ModelTrainer.class.getResourceAsStream("/tagcat/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
