package tagcat.train;

import tagcat.cluster.Balance;
import tagcat.cluster.KMeansResult;
import tagcat.ingest.ReadReport;
import tagcat.model.TagcatModel;
import tagcat.text.TagCorpus;
import tagcat.text.TfIdfVectorizer;

/**
 * What a training run made: the model, the category of every post read (by its source and line), what
 * reading reported, and how long each stage took. Arrays are handed out as copies.
 */
public final class TrainingResult {
    /** {@link #category} of a post none of whose tags is in the vocabulary (pruned by min/max-df, max-features). */
    public static final int NO_KNOWN_TAG = Integer.MIN_VALUE;
    /** {@link #category} of a post set aside by {@link TrainingOptions#minSimilarity()}. */
    public static final int UNCATEGORIZED = -1;

    private final TagcatModel model;
    private final TagCorpus corpus;
    private final ReadReport read;
    private final TfIdfVectorizer.Vectorized vectors;
    private final KMeansResult kmeans;
    private final int[] categoryOfRow;
    private final int[] categoryOfPost;
    private final int uncategorized;
    private final int seedsWithoutTags;
    private final int[] coreTags;
    private final Timings timings;

    /** Seconds per stage; {@code fit} includes seeding. */
    public record Timings(double read, double vectorize, double fit) {
    }

    TrainingResult(TagcatModel model, TagCorpus corpus, ReadReport read, TfIdfVectorizer.Vectorized vectors,
                   KMeansResult kmeans, int[] categoryOfRow, int uncategorized, int seedsWithoutTags, int[] coreTags,
                   Timings timings) {
        this.model = model;
        this.corpus = corpus;
        this.read = read;
        this.vectors = vectors;
        this.kmeans = kmeans;
        this.categoryOfRow = categoryOfRow;
        this.categoryOfPost = new int[corpus.size()];
        java.util.Arrays.fill(categoryOfPost, NO_KNOWN_TAG);
        int[] postOfRow = vectors.postOfRow();
        for (int r = 0; r < categoryOfRow.length; r++) {
            categoryOfPost[postOfRow[r]] = categoryOfRow[r];
        }
        this.uncategorized = uncategorized;
        this.seedsWithoutTags = seedsWithoutTags;
        this.coreTags = coreTags;
        this.timings = timings;
    }

    public TagcatModel model() {
        return model;
    }

    /** The posts as read (tags, sources, lines), post {@code p} in read order. */
    public TagCorpus corpus() {
        return corpus;
    }

    public ReadReport read() {
        return read;
    }

    /** The TF-IDF rows (row r is post {@code vectors().postOfRow()[r]}), for plots and scores. */
    public TfIdfVectorizer.Vectorized vectors() {
        return vectors;
    }

    /** The k-means fit, labels by row. */
    public KMeansResult kmeans() {
        return kmeans;
    }

    public int posts() {
        return corpus.size();
    }

    /**
     * The category of post {@code p} (read order), {@link #UNCATEGORIZED} or {@link #NO_KNOWN_TAG}.
     */
    public int category(int post) {
        return categoryOfPost[post];
    }

    /** Each matrix row's category ({@link #UNCATEGORIZED} when set aside); a copy. */
    public int[] categoryOfRow() {
        return categoryOfRow.clone();
    }

    /**
     * Posts none of whose tags is in the vocabulary (every tag pruned by min-df, max-df or max-features): they
     * have no vector and no category.
     */
    public int noKnownTag() {
        return corpus.size() - vectors.postOfRow().length;
    }

    /** Posts set aside by {@link TrainingOptions#minSimilarity()}. */
    public int uncategorized() {
        return uncategorized;
    }

    /** Seed categories none of whose tags is in the vocabulary (their centroid starts at the origin). */
    public int seedsWithoutTags() {
        return seedsWithoutTags;
    }

    /** Per category id, how many tags carry {@link tagcat.category.TagsPerCategory#DEFAULT_SHARE} of its weight. */
    public int coreTags(int category) {
        return coreTags[category];
    }

    public int[] coreTags() {
        return coreTags.clone();
    }

    public Timings timings() {
        return timings;
    }

    public Balance balance() {
        int[] sizes = new int[model.categories().size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = model.categories().get(i).size();
        }
        return Balance.of(sizes);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%,d posts, %,d tags, k = %d, method %s: inertia %.4f after %d iterations",
                posts(), model.vectorizer().vocabulary().size(), model.centroids().k(), model.parameters().method().id(),
                model.fit().inertia(), model.fit().iterations());
    }
}
