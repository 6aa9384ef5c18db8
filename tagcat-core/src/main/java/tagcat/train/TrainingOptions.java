package tagcat.train;

import java.util.List;
import java.util.Objects;
import tagcat.category.CategoryOptions;
import tagcat.category.TagsPerCategory;
import tagcat.cluster.Engine;
import tagcat.cluster.KMeansOptions;
import tagcat.cluster.Method;
import tagcat.parallel.Parallelism;
import tagcat.text.TfIdfOptions;

/**
 * Everything that decides a training run; {@link #defaults()} is the one place for its defaults, and
 * the CLI's are these. Build with {@code defaults().withK(30).withMethod(Method.ARTICLE)...}.
 *
 * @param tfidf          which tags become dimensions and how they are weighted (scikit-learn's defaults)
 * @param kmeans         k, seed, iterations, threads and kernels; its metric is set by {@code method}
 * @param method         the clustering recipe (default {@link Method#DEFAULT})
 * @param lsaDims        LSA dimensions for {@link Method#LSA} (default {@link Method#DEFAULT_DIMS}; capped at
 *                       the number of posts and tags)
 * @param categories     tags kept per category and leading tags in its name (default 20 and 3)
 * @param coreTagsOnly   keep only each category's core tags, those carrying {@link TagsPerCategory#DEFAULT_SHARE}
 *                       of its squared weight, at most {@link TagsPerCategory#MAX_AUTO} ({@code --top auto})
 * @param cooccurrence   companions stored per tag for suggestions (default {@value #DEFAULT_COOCCURRENCE}; 0: none)
 * @param minSimilarity  posts less cosine-similar than this to their category are left uncategorized (0: none)
 * @param seedCategories tag sets the first centroids start from (k-means++ fills the rest); at most k
 */
public record TrainingOptions(TfIdfOptions tfidf, KMeansOptions kmeans, Method method, int lsaDims,
                              CategoryOptions categories, boolean coreTagsOnly, int cooccurrence, double minSimilarity,
                              List<List<String>> seedCategories) {
    /** Companions kept per tag unless told otherwise. */
    public static final int DEFAULT_COOCCURRENCE = 100;

    public TrainingOptions {
        Objects.requireNonNull(tfidf, "tfidf");
        Objects.requireNonNull(kmeans, "kmeans");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(categories, "categories");
        if (lsaDims < 1) {
            throw new IllegalArgumentException("LSA dimensions must be >= 1, got " + lsaDims);
        }
        if (cooccurrence < 0) {
            throw new IllegalArgumentException("co-occurrence companions must be >= 0 (0 = none), got " + cooccurrence);
        }
        if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("min similarity must be in [0, 1], got " + minSimilarity);
        }
        seedCategories = seedCategories == null ? List.of() : seedCategories.stream().map(List::copyOf).toList();
        if (seedCategories.size() > kmeans.k()) {
            throw new IllegalArgumentException(seedCategories.size() + " seed categories but k = " + kmeans.k()
                    + "; raise k or give fewer seeds");
        }
    }

    /** k = 8, LSA with 50 dimensions, 20 tags per category named by 3, all cores, seed 0. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(TfIdfOptions.defaults(), KMeansOptions.defaults(), Method.DEFAULT, Method.DEFAULT_DIMS,
                CategoryOptions.defaults(), false, DEFAULT_COOCCURRENCE, 0, List.of());
    }

    public TrainingOptions withTfIdf(TfIdfOptions v) {
        return new TrainingOptions(v, kmeans, method, lsaDims, categories, coreTagsOnly, cooccurrence, minSimilarity,
                seedCategories);
    }

    public TrainingOptions withKMeans(KMeansOptions v) {
        return new TrainingOptions(tfidf, v, method, lsaDims, categories, coreTagsOnly, cooccurrence, minSimilarity,
                seedCategories);
    }

    public TrainingOptions withMethod(Method v) {
        return new TrainingOptions(tfidf, kmeans, v, lsaDims, categories, coreTagsOnly, cooccurrence, minSimilarity,
                seedCategories);
    }

    public TrainingOptions withLsaDims(int v) {
        return new TrainingOptions(tfidf, kmeans, method, v, categories, coreTagsOnly, cooccurrence, minSimilarity,
                seedCategories);
    }

    public TrainingOptions withCategories(CategoryOptions v) {
        return new TrainingOptions(tfidf, kmeans, method, lsaDims, v, coreTagsOnly, cooccurrence, minSimilarity,
                seedCategories);
    }

    /** Each category lists its core tags only (at most {@link TagsPerCategory#MAX_AUTO}). */
    public TrainingOptions withCoreTagsOnly() {
        return new TrainingOptions(tfidf, kmeans, method, lsaDims, new CategoryOptions(TagsPerCategory.MAX_AUTO,
                categories.leading()), true, cooccurrence, minSimilarity, seedCategories);
    }

    public TrainingOptions withCooccurrence(int v) {
        return new TrainingOptions(tfidf, kmeans, method, lsaDims, categories, coreTagsOnly, v, minSimilarity,
                seedCategories);
    }

    public TrainingOptions withMinSimilarity(double v) {
        return new TrainingOptions(tfidf, kmeans, method, lsaDims, categories, coreTagsOnly, cooccurrence, v,
                seedCategories);
    }

    public TrainingOptions withSeedCategories(List<List<String>> v) {
        return new TrainingOptions(tfidf, kmeans, method, lsaDims, categories, coreTagsOnly, cooccurrence, minSimilarity,
                v);
    }

    public TrainingOptions withK(int k) {
        return withKMeans(kmeans.withK(k));
    }

    public TrainingOptions withSeed(long seed) {
        return withKMeans(kmeans.withSeed(seed));
    }

    /** Tags listed per category. */
    public TrainingOptions withTop(int top) {
        return new TrainingOptions(tfidf, kmeans, method, lsaDims, new CategoryOptions(top, categories.leading()), false,
                cooccurrence, minSimilarity, seedCategories);
    }

    /** At most {@code n} threads for every step: reading, corpus, vectors, k-means. */
    public TrainingOptions withThreads(int n) {
        return withKMeans(kmeans.withThreads(n));
    }

    public TrainingOptions withParallelism(Parallelism p) {
        return withKMeans(kmeans.withParallelism(p));
    }

    public TrainingOptions withEngine(Engine e) {
        return withKMeans(kmeans.withEngine(e));
    }

    public Parallelism parallelism() {
        return kmeans.parallelism();
    }
}
