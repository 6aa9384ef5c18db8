package tagcat.server;

/**
 * What one request may carry; larger requests get a 413 or a 400 naming the limit, never a 5xx.
 *
 * @param maxBodyBytes  a POST body, in bytes
 * @param maxTags       tags of one post (given and from the caption)
 * @param maxCaption    characters of a caption
 * @param maxQuery      characters of a search query or a tag in a path
 * @param maxBatch      posts in one {@code POST /api/assign}
 * @param maxLimit      the largest {@code limit} a request may ask for
 */
public record Limits(int maxBodyBytes, int maxTags, int maxCaption, int maxQuery, int maxBatch, int maxLimit) {
    public Limits {
        if (maxBodyBytes < 1 || maxTags < 1 || maxCaption < 1 || maxQuery < 1 || maxBatch < 1 || maxLimit < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
    }

    /** 64 KiB bodies, 100 tags, 10,000-character captions, 200-character queries, 1,000 posts a batch, limit 1,000. */
    public static Limits defaults() {
        return new Limits(64 * 1024, 100, 10_000, 200, 1_000, 1_000);
    }

    public Limits withMaxBodyBytes(int v) {
        return new Limits(v, maxTags, maxCaption, maxQuery, maxBatch, maxLimit);
    }

    public Limits withMaxTags(int v) {
        return new Limits(maxBodyBytes, v, maxCaption, maxQuery, maxBatch, maxLimit);
    }

    public Limits withMaxCaption(int v) {
        return new Limits(maxBodyBytes, maxTags, v, maxQuery, maxBatch, maxLimit);
    }

    public Limits withMaxQuery(int v) {
        return new Limits(maxBodyBytes, maxTags, maxCaption, v, maxBatch, maxLimit);
    }

    public Limits withMaxBatch(int v) {
        return new Limits(maxBodyBytes, maxTags, maxCaption, maxQuery, v, maxLimit);
    }
}
