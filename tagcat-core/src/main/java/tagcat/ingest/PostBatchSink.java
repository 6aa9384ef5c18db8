package tagcat.ingest;

import java.util.function.Consumer;

/**
 * A sink that takes posts a batch at a time ({@link PostReader} then skips making a {@link Post} per
 * line). Batches arrive in input order, and their posts in line order.
 */
public interface PostBatchSink extends Consumer<Post> {
    void acceptBatch(PostBatch batch);

    /**
     * The numbering the sink wants its batches' tag ids in (a reader parsing for it numbers tags with it),
     * or null for any: the reader then makes one.
     */
    default TagIds tagIds() {
        return null;
    }

    @Override
    default void accept(Post post) {
        TagIds ids = tagIds();
        PostBatch.Builder b = new PostBatch.Builder(ids != null ? ids : new TagIds());
        b.add(post.line(), post.tags());
        acceptBatch(b.build(post.source()));
    }
}
