package tagcat.suggest;

/**
 * What {@link Suggester} returns and which tags it lets through; {@link #defaults()} is the one place for defaults.
 *
 * @param limit              suggestions returned at most (default 10)
 * @param categories         how many of the post's most similar categories suggestions come from (default 3)
 * @param minPosts           a tag needs at least this many posts ({@link Popularity}); 0 = no lower bound
 * @param maxPosts           a tag may have at most this many posts; {@link Long#MAX_VALUE} = no upper bound
 * @param maxSpread          a tag may be spread over at most this many categories ({@link Specificity}); infinity = any
 * @param minIdf             a tag needs an idf of at least this ({@link Specificity}); 0 = any
 * @param cooccurrenceWeight share of the score that comes from co-occurrence with the post's tags, 0..1; the rest
 *                           is the tag's weight in the post's categories (see {@link Suggester}); default 0.9,
 *                           chosen on held-out posts (EVALUATION.md)
 */
public record SuggestOptions(int limit, int categories, long minPosts, long maxPosts, double maxSpread, double minIdf,
                             double cooccurrenceWeight) {
    /** The article's band: between 100k and 10m posts. */
    public static final long ARTICLE_MIN_POSTS = 100_000;
    public static final long ARTICLE_MAX_POSTS = 10_000_000;
    public static final double DEFAULT_COOCCURRENCE_WEIGHT = 0.9;
    public static final int DEFAULT_CATEGORIES = 3;

    public SuggestOptions {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        if (categories < 1) {
            throw new IllegalArgumentException("categories must be >= 1, got " + categories);
        }
        if (minPosts < 0 || maxPosts < 0) {
            throw new IllegalArgumentException("post bounds must be >= 0, got " + minPosts + " and " + maxPosts);
        }
        if (minPosts > maxPosts) {
            throw new IllegalArgumentException("min posts " + Popularity.format(minPosts) + " is above max posts "
                    + Popularity.format(maxPosts));
        }
        if (Double.isNaN(maxSpread) || maxSpread < 1) {
            throw new IllegalArgumentException("max spread must be >= 1 (categories), got " + maxSpread);
        }
        if (Double.isNaN(minIdf) || minIdf < 0) {
            throw new IllegalArgumentException("min idf must be >= 0, got " + minIdf);
        }
        if (!(cooccurrenceWeight >= 0 && cooccurrenceWeight <= 1)) {
            throw new IllegalArgumentException("co-occurrence weight must be in [0, 1], got " + cooccurrenceWeight);
        }
    }

    /**
     * The defaults for suggestions ranked by {@code popularity}: with platform counts (a table) the article's
     * 100k-10m band, with the model's own corpus counts none (they are not platform counts).
     */
    public static SuggestOptions defaultsFor(Popularity popularity) {
        return popularity.source() == Popularity.Source.TABLE
                ? defaults().withBand(ARTICLE_MIN_POSTS, ARTICLE_MAX_POSTS) : defaults();
    }

    /** 10 suggestions from the 3 most similar categories, no popularity band, no specificity filter, blended ranking. */
    public static SuggestOptions defaults() {
        return new SuggestOptions(10, DEFAULT_CATEGORIES, 0, Long.MAX_VALUE, Double.POSITIVE_INFINITY, 0, DEFAULT_COOCCURRENCE_WEIGHT);
    }

    public SuggestOptions withLimit(int v) {
        return new SuggestOptions(v, categories, minPosts, maxPosts, maxSpread, minIdf, cooccurrenceWeight);
    }

    public SuggestOptions withCategories(int v) {
        return new SuggestOptions(limit, v, minPosts, maxPosts, maxSpread, minIdf, cooccurrenceWeight);
    }

    public SuggestOptions withBand(long min, long max) {
        return new SuggestOptions(limit, categories, min, max, maxSpread, minIdf, cooccurrenceWeight);
    }

    public SuggestOptions withMaxSpread(double v) {
        return new SuggestOptions(limit, categories, minPosts, maxPosts, v, minIdf, cooccurrenceWeight);
    }

    public SuggestOptions withMinIdf(double v) {
        return new SuggestOptions(limit, categories, minPosts, maxPosts, maxSpread, v, cooccurrenceWeight);
    }

    public SuggestOptions withCooccurrenceWeight(double v) {
        return new SuggestOptions(limit, categories, minPosts, maxPosts, maxSpread, minIdf, v);
    }

    /** Whether any popularity bound is set. */
    public boolean hasBand() {
        return minPosts > 0 || maxPosts < Long.MAX_VALUE;
    }

    /** The band for people: "100k to 10m posts", "at least 100k posts", "none". */
    public String bandDescription() {
        if (!hasBand()) {
            return "none";
        }
        if (maxPosts == Long.MAX_VALUE) {
            return "at least " + Popularity.format(minPosts) + " posts";
        }
        if (minPosts == 0) {
            return "at most " + Popularity.format(maxPosts) + " posts";
        }
        return Popularity.format(minPosts) + " to " + Popularity.format(maxPosts) + " posts";
    }
}
