package tagcat.postgres;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import tagcat.category.Category;
import tagcat.model.ModelFile;
import tagcat.model.ModelJson;
import tagcat.model.TagcatModel;
import tagcat.text.TagCorpus;
import tagcat.train.TrainingResult;

/**
 * One run's results, as {@link RunWriter} stores them: the {@code runs} row, the categories with their tags,
 * each post's categories, and optionally the model file's bytes.
 *
 * @param command        {@code cluster} or {@code assign}
 * @param parametersJson a JSON object: the run's parameters
 * @param inertia        null when the run did not fit (assign)
 * @param idType         the type of the posts' ids ({@code post_categories.post_id})
 * @param model          the model file's bytes ({@code models}), or null to store none
 */
public record Run(String runId, String command, Instant started, String tagcatVersion, String parametersJson,
                  String inputFingerprint, long posts, int k, String method, Double inertia, List<Category> categories,
                  PostIds.IdType idType, AssignmentRows assignments, byte[] model) {
    public Run {
        Objects.requireNonNull(runId, "runId");
        if (runId.isBlank() || runId.length() > 200) {
            throw new IllegalArgumentException("--run-id must be 1 to 200 characters, got '" + runId + "'");
        }
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(parametersJson, "parametersJson");
        categories = List.copyOf(categories);
        Objects.requireNonNull(idType, "idType");
        Objects.requireNonNull(assignments, "assignments");
    }

    /**
     * A {@code cluster} run: the trained model's categories, each post's k-means label (no score) under
     * {@code postId.apply(its line)}, and the model file itself. Every front end that stores a training (the CLI,
     * a server, a Spark job) makes it here.
     *
     * @param postId a post's id from its line number in the source (a query's row id, or the line itself)
     */
    public static Run ofTraining(String runId, Instant started, TrainingResult trained, PostIds.IdType idType,
                                 LongFunction<String> postId) throws java.io.IOException {
        TagcatModel m = trained.model();
        TagCorpus corpus = trained.corpus();
        return new Run(runId, "cluster", started, m.tagcatVersion(), ModelJson.summary(m).toString(),
                m.input().fingerprint(), trained.posts(), m.centroids().k(), m.parameters().method().id(),
                m.fit().inertia(), m.categories(), idType, sink -> {
                    for (int p = 0; p < corpus.size(); p++) {
                        int c = trained.category(p);
                        sink.row(postId.apply(corpus.lineOf(p)), 1, c == TrainingResult.NO_KNOWN_TAG ? null : c, null);
                    }
                }, ModelFile.toBytes(m));
    }

    /** A run id for when none is given: the command and the start time, {@code cluster-20261203T235901.123Z}. */
    public static String defaultId(String command, Instant started) {
        return command + "-" + started.toString().replace("-", "").replace(":", "");
    }

    /** Each post's categories, streamed to a writer. */
    @FunctionalInterface
    public interface AssignmentRows {
        void writeTo(AssignmentSink sink) throws java.io.IOException;
    }

    /** Takes one row of {@code post_categories}. */
    @FunctionalInterface
    public interface AssignmentSink {
        /**
         * @param category null for a post with no known tag; -1 for one set aside as an outlier
         * @param score    null when there is none (k-means labels)
         */
        void row(String postId, int rank, Integer category, Double score) throws java.io.IOException;
    }
}
