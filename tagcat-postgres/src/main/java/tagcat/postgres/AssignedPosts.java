package tagcat.postgres;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import tagcat.model.TagcatModel;
import tagcat.model.TagcatVersion;
import tagcat.suggest.Assigner;

/**
 * Posts' placements by a model, gathered in read order (a line and its top categories with similarities, a few
 * bytes each), to be stored as an {@code assign} {@link Run} once the read has ended and every post's id is known.
 */
public final class AssignedPosts {
    private long[] lines = new long[1024];
    private int[] counts = new int[1024];
    private int[] categories = new int[1024];
    private float[] scores = new float[1024];
    private int posts;
    private int placed;

    /** Adds a post's placements; one with none (no known tag) is stored with a NULL category. */
    public void add(long line, Assigner.Assignment a) {
        if (posts == lines.length) {
            lines = Arrays.copyOf(lines, posts * 2);
            counts = Arrays.copyOf(counts, posts * 2);
        }
        List<Assigner.Placement> cs = a.categories();
        lines[posts] = line;
        counts[posts++] = cs.size();
        for (Assigner.Placement c : cs) {
            if (placed == categories.length) {
                categories = Arrays.copyOf(categories, placed * 2);
                scores = Arrays.copyOf(scores, placed * 2);
            }
            categories[placed] = c.category().id();
            scores[placed++] = (float) c.similarity();
        }
    }

    public int posts() {
        return posts;
    }

    /**
     * The run: the model's categories, and each post's ranked placements under {@code postId.apply(its line)}.
     *
     * @param parametersJson a JSON object: how the posts were assigned
     */
    public Run toRun(String runId, Instant started, TagcatModel model, String parametersJson, PostIds.IdType idType,
                     LongFunction<String> postId) {
        return new Run(runId, "assign", started, TagcatVersion.current(), parametersJson, model.input().fingerprint(),
                posts, model.centroids().k(), model.parameters().method().id(), null, model.categories(), idType, sink -> {
                    int j = 0;
                    for (int i = 0; i < posts; i++) {
                        String id = postId.apply(lines[i]);
                        if (counts[i] == 0) {
                            sink.row(id, 1, null, null);
                        }
                        for (int r = 1; r <= counts[i]; r++, j++) {
                            sink.row(id, r, categories[j], (double) scores[j]);
                        }
                    }
                }, null);
    }
}
