package tagcat.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tagcat.cluster.KMeansOptions;
import tagcat.choosek.ChooseK;
import tagcat.choosek.ChooseKOptions;
import tagcat.choosek.ChooseKResult;
import tagcat.choosek.KRange;
import tagcat.choosek.KScore;
import tagcat.eval.Silhouette;
import tagcat.plot.ChooseKCharts;
import tagcat.text.TfIdfVectorizer;

@Command(name = "choose-k", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Scores k-means for a range of k and recommends how many categories to make.",
            "",
            "The posts are vectorized once; for each k, k-means (same seed for every k) is scored by inertia "
                + "(for the elbow), the silhouette on one fixed random sample of posts (Euclidean distance between "
                + "the L2-normalized TF-IDF vectors, the distance k-means minimizes), Calinski-Harabasz and "
                + "Davies-Bouldin. The recommended k is the smallest k whose silhouette is within one standard "
                + "error of the best (the one-standard-error rule: smaller differences are sampling noise, and "
                + "fewer categories are easier to use); the inertia elbow (Kneedle) is shown as a second opinion. "
                + "Progress: one line per k on stderr.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  tagcat choose-k samples/posts.txt.gz --k 5..40",
            "  tagcat choose-k ../shared/datasets/harrison/tag_list.txt --format tags --k 2..200:2 --plot docs/harrison",
            "  tagcat choose-k posts.txt --k 10..100:5 --max-df 0.05 --json > scores.json",
            "  tagcat cluster posts.txt --k K --n-init 3   # then make the recommended categories (same seed)"})
final class ChooseKCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--k", paramLabel = "FROM..TO[:STEP]", required = true, converter = KRangeConverter.class,
            description = "The values of k to try, e.g. 2..200 or 10..100:5.")
    KRange k;

    /** A bad range is a command-line error (exit 2) that says what a good one looks like. */
    static final class KRangeConverter implements ITypeConverter<KRange> {
        @Override
        public KRange convert(String value) {
            try {
                return KRange.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Option(names = "--sample", paramLabel = "N", defaultValue = "" + ChooseKOptions.DEFAULT_SAMPLE,
            description = "Posts in the silhouette sample, the same for every k (default: ${DEFAULT-VALUE}; at most "
                    + Silhouette.MAX_SAMPLE + ").")
    int sample;

    @Mixin
    ClusteringOptions clustering;

    @Mixin
    VectorOptions vector;

    @Option(names = "--plot", paramLabel = "DIR",
            description = "Write elbow, silhouette, calinski-harabasz and davies-bouldin charts (.png and .svg) into DIR.")
    Path plot;

    @Option(names = "--json", description = "Print one JSON document instead of the table.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        UsageError.atLeast("--sample", sample, 1);
        KRange range = k;
        KMeansOptions kmeans = clustering.kmeans(range.from(), 3);
        ChooseKOptions options = new ChooseKOptions(range, kmeans, sample, 1.0, clustering.method(), clustering.dims());
        Progress progress = Progress.forStderr(err, quiet, 1);
        CorpusLoader.Loaded loaded = CorpusLoader.load(input, kmeans.parallelism(), err, progress);
        if (loaded.corpus().size() == 0) {
            throw new IllegalArgumentException("no posts to cluster: " + loaded.report().summary());
        }
        progress.status(String.format("vectorizing %,d posts...", loaded.corpus().size()));
        TfIdfVectorizer vectorizer = TfIdfVectorizer.fit(loaded.corpus(), vector.tfidf());
        TfIdfVectorizer.Vectorized vectors = vectorizer.transform(loaded.corpus(), kmeans.parallelism());
        progress.done();
        int total = range.values().length;
        ChooseKResult result = ChooseK.run(vectors.matrix(), options, (s, done, all) -> {
            if (!quiet) {
                err.printf(Locale.ROOT, "k = %d: inertia %.4f, silhouette %s, Calinski-Harabasz %.2f, Davies-Bouldin %.4f, "
                                + "%d iterations, %.2f s [%d/%d]%n", s.k(), s.inertia(), silhouette(s),
                        s.calinskiHarabasz(), s.daviesBouldin(), s.iterations(), s.seconds(), done, total);
                err.flush();
            }
        });
        if (plot != null) {
            int files = Outputs.charts(plot, dir -> ChooseKCharts.writeAll(result, dir)); // all or none
            if (!quiet) {
                err.println("wrote " + files + " files to " + plot);
            }
        }
        if (json) {
            out.println(json(loaded, vectors, vectorizer, options, result));
        } else {
            print(out, loaded, vectors, vectorizer, options, result);
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private static String silhouette(KScore s) {
        return Double.isNaN(s.silhouette()) ? "undefined"
                : String.format(Locale.ROOT, "%.4f ± %.4f", s.silhouette(), s.silhouetteError());
    }

    private void print(PrintWriter out, CorpusLoader.Loaded loaded, TfIdfVectorizer.Vectorized vectors,
                       TfIdfVectorizer vectorizer, ChooseKOptions options, ChooseKResult r) {
        out.printf("%,d posts, %,d tags; k = %s, %d k-means++ run%s per k, seed %d; silhouette on %,d posts "
                        + "(Euclidean on L2-normalized TF-IDF rows)%n%n", vectors.matrix().rows(),
                vectorizer.vocabulary().size(), options.range(), options.kmeans().nInit(),
                options.kmeans().nInit() == 1 ? "" : "s", options.kmeans().seed(), r.silhouetteSample());
        out.printf("%5s  %14s  %10s  %7s  %10s  %9s  %5s%n", "k", "inertia", "silhouette", "± s.e.", "Calinski-H",
                "Davies-B", "iter");
        for (KScore s : r.scores()) {
            String mark = s.k() == r.recommendedK() ? "  <- recommended"
                    : s.k() == r.bestSilhouetteK() ? "  <- best silhouette" : "";
            if (r.elbow().isPresent() && (int) r.elbow().get().x() == s.k()) {
                mark += mark.isEmpty() ? "  <- elbow" : ", elbow";
            }
            out.printf(Locale.ROOT, "%5d  %14.4f  %10s  %7s  %10.2f  %9.4f  %5d%s%n", s.k(), s.inertia(),
                    Double.isNaN(s.silhouette()) ? "-" : String.format(Locale.ROOT, "%.4f", s.silhouette()),
                    Double.isNaN(s.silhouetteError()) ? "-" : String.format(Locale.ROOT, "%.4f", s.silhouetteError()),
                    s.calinskiHarabasz(), s.daviesBouldin(), s.iterations(), mark);
        }
        out.println();
        out.println("recommended k = " + r.recommendedK());
        out.println(r.reason());
        out.println("rule: " + ChooseKResult.RULE + ".");
    }

    private String json(CorpusLoader.Loaded loaded, TfIdfVectorizer.Vectorized vectors, TfIdfVectorizer vectorizer,
                        ChooseKOptions options, ChooseKResult r) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("posts", loaded.corpus().size());
        ObjectNode dropped = root.putObject("dropped");
        dropped.put("empty", loaded.report().droppedEmpty());
        dropped.put("malformed", loaded.report().malformed());
        dropped.put("out_of_vocabulary", vectors.outOfVocabulary());
        root.put("vocabulary", vectorizer.vocabulary().size());
        root.put("range", options.range().toString());
        root.put("n_init", options.kmeans().nInit());
        root.put("seed", options.kmeans().seed());
        root.put("silhouette_sample", r.silhouetteSample());
        root.put("silhouette_metric", "euclidean on L2-normalized TF-IDF rows");
        ArrayNode scores = root.putArray("scores");
        for (KScore s : r.scores()) {
            ObjectNode o = scores.addObject();
            o.put("k", s.k());
            number(o, "inertia", s.inertia());
            number(o, "silhouette", s.silhouette());
            number(o, "silhouette_se", s.silhouetteError());
            number(o, "calinski_harabasz", s.calinskiHarabasz());
            number(o, "davies_bouldin", s.daviesBouldin());
            o.put("iterations", s.iterations());
            o.put("converged", s.converged());
            o.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
        }
        if (r.elbow().isPresent()) {
            root.put("elbow_k", (int) r.elbow().get().x());
        } else {
            root.putNull("elbow_k");
        }
        root.put("best_silhouette_k", r.bestSilhouetteK());
        root.put("recommended_k", r.recommendedK());
        root.put("rule", ChooseKResult.RULE);
        root.put("reason", r.reason());
        return root.toString();
    }

    private static void number(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }
}
