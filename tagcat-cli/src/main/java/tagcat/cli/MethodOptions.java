package tagcat.cli;

import picocli.CommandLine.Option;
import tagcat.cluster.Method;

/** The clustering recipe, one option set for every command that clusters. */
final class MethodOptions {
    @Option(names = "--method", paramLabel = "M",
            description = {"The recipe (default: lsa, best on real data, see EVALUATION.md):",
                "article: the article exactly, TF-IDF + Euclidean k-means (as scikit-learn);",
                "spherical: k-means by cosine, unit-length centroids;",
                "lsa: spherical k-means on the TF-IDF rows' top --dims singular directions."})
    String method;

    @Option(names = "--dims", paramLabel = "N", defaultValue = "" + Method.DEFAULT_DIMS,
            description = "LSA dimensions for --method lsa (default: ${DEFAULT-VALUE}).")
    int dims;

    @Option(names = "--metric", paramLabel = "M",
            description = "Alias: euclidean = --method article, cosine = --method spherical.")
    String metric;

    Method method() {
        Method chosen = method == null ? Method.DEFAULT : UsageError.parse("--method", () -> Method.parse(method));
        if (metric == null) {
            return chosen;
        }
        Method alias = switch (metric.toLowerCase(java.util.Locale.ROOT)) {
            case "euclidean" -> Method.ARTICLE;
            case "cosine" -> Method.SPHERICAL;
            default -> throw new UsageError("--metric: unknown metric '" + metric + "'; use euclidean or cosine");
        };
        if (method != null && alias != chosen) {
            throw new UsageError("--method " + method + " and --metric " + metric + " disagree (--metric " + metric
                    + " means --method " + alias.id() + "); give one of them");
        }
        return alias;
    }
}
