package tagcat.ingest;

import java.util.function.Consumer;

/**
 * A sink that takes posts a batch at a time ({@link PostReader} then skips making a {@link Post} per
 * line). Batches arrive in input order, and their posts in line order.
 */
public interface PostBatchSink extends Consumer<Post> {
    void acceptBatch(PostBatch batch);

    @Override
    default void accept(Post post) {
        PostBatch.Builder b = new PostBatch.Builder();
        b.add(post.line(), post.tags());
        acceptBatch(b.build(post.source()));
    }
}
