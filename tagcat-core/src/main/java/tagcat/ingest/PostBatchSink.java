package tagcat.ingest;

import java.util.function.Consumer;

/**
 * A sink that takes posts a batch at a time ({@link PostReader} then skips making a {@link Post} per
 * line). Batches arrive in input order, and their posts in line order.
 */
public interface PostBatchSink extends Consumer<Post> {
    void acceptBatch(PostBatch batch);

    /**
     * Called on the parsing thread as soon as a batch is parsed, before it is delivered in order: a sink
     * may do its per-batch work there, in parallel (it must be thread-safe), and leave the result in
     * the batch ({@link PostBatch#resolveTerms}). Does nothing by default.
     */
    default void prepare(PostBatch batch) {
    }

    @Override
    default void accept(Post post) {
        PostBatch.Builder b = new PostBatch.Builder();
        b.add(post.line(), post.tags());
        acceptBatch(b.build(post.source()));
    }
}
