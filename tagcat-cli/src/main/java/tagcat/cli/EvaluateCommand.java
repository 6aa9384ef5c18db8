package tagcat.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tagcat.category.CategoryOptions;
import tagcat.cluster.Algorithm;
import tagcat.cluster.KMeansOptions;
import tagcat.cluster.Metric;
import tagcat.eval.HoldoutEvaluation;
import tagcat.train.TrainingOptions;
import tagcat.suggest.Popularity;
import tagcat.suggest.SuggestOptions;
import tagcat.text.DfBound;
import tagcat.text.TfIdfOptions;

@Command(name = "evaluate", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Measures suggestion quality on held-out posts, against five baselines (popular tags, co-occurrence,",
            "item-kNN, RP3beta, EASE).",
            "",
            "Shuffles the posts with --seed, holds out a share (--holdout) and trains a model on the rest as "
                + "'tagcat cluster' would. Each held-out post with at least 2 tags hides half of them (rounded down); "
                + "tagcat suggest, the most popular tags, and plain tag co-occurrence each rank 10 tags from the rest; "
                + "precision and recall at 5 and 10 count the hidden tags found. With --labels (one per input line, "
                + "e.g. a topic), also NMI and ARI of the categories against the labels. The popularity band is off "
                + "unless --min-posts/--max-posts are given, so quality is measured on its own.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  tagcat evaluate samples/posts.txt.gz --labels samples/labels.txt --k 20 --holdout 0.2 --seed 1",
            "  tagcat evaluate harrison/tag_list.txt --format tags --labels harrison/data_list.txt --labels-from-paths --k 50",
            "  tagcat evaluate posts.txt --k 50 --ablation --json > eval.json"})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--labels", paramLabel = "FILE", description = "A label per input line (same order, blank = none): reports NMI and ARI.")
    Path labels;

    @Option(names = "--labels-from-paths", description = "Each --labels line is a file path; its folder is the label (HARRISON's data_list.txt).")
    boolean labelsFromPaths;

    @Option(names = "--k", paramLabel = "K", defaultValue = "50", description = "Categories (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--holdout", paramLabel = "F", defaultValue = "0.2", description = "Share of posts held out for testing (default: ${DEFAULT-VALUE}).")
    double holdout;

    @Mixin
    ClusteringOptions clustering;

    @Mixin
    VectorOptions vector;

    @Option(names = "--cooccurrence", paramLabel = "N", defaultValue = "" + TrainingOptions.DEFAULT_COOCCURRENCE,
            description = "Co-occurring tags kept per tag in the model, as 'tagcat cluster' (default: ${DEFAULT-VALUE}; 0 = none).")
    int cooccurrence;

    @Mixin
    SuggestionFilters filters;

    @Option(names = "--ablation", description = "Also score tagcat with category weight only, co-occurrence only, the most similar category only, and all categories.")
    boolean ablation;

    @Option(names = "--json", description = "One JSON document.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        UsageError.atLeast("--cooccurrence", cooccurrence, 0);
        if (!(holdout > 0 && holdout < 1)) {
            throw new UsageError("--holdout must be a share between 0 and 1 (0.2 = a fifth), got " + holdout);
        }
        if (labels != null && !input.fromDatabase() && input.inputs.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--labels pairs lines with one INPUT; give exactly one");
        }
        if (labelsFromPaths && labels == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--labels-from-paths needs --labels FILE");
        }
        long seed = clustering.seed;
        TrainingOptions training;
        HoldoutEvaluation.Options options;
        try {
            training = clustering.training(k).withTfIdf(vector.tfidf()).withCooccurrence(cooccurrence);
            options = new HoldoutEvaluation.Options(holdout, seed, training,
                    filters.options(HoldoutEvaluation.CUTOFFS[HoldoutEvaluation.CUTOFFS.length - 1], SuggestOptions.defaults()), null, ablation);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Progress progress = Progress.forStderr(err, quiet, training.kmeans().nInit());
        CorpusLoader.Loaded loaded = CorpusLoader.load(input, training.parallelism(), err, progress);
        if (loaded.corpus().size() < 2) {
            throw new IllegalArgumentException("too few posts to evaluate: " + loaded.report().summary());
        }
        String[] perPost = labels == null ? null : labels(loaded);
        if (filters.popularityScale != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--popularity-scale is not used by evaluate; "
                    + "a band without --popularity applies to the training posts' counts");
        }
        Popularity table = filters.table(input.onError, err);
        if (table != null) {
            options = new HoldoutEvaluation.Options(holdout, seed, training, options.suggest(), table, ablation);
        }
        progress.status(String.format("training on %,.0f posts and scoring the held-out ones...", loaded.corpus().size() * (1 - holdout)));
        HoldoutEvaluation.Result r = HoldoutEvaluation.run(loaded.corpus(), perPost, options, progress);
        progress.done();
        if (json) {
            out.println(json(r));
        } else {
            out.print(r);
            out.printf("%nholdout %s, seed %d; tagcat suggest: %d most similar categories, co-occurrence weight %s%s%n", holdout, seed,
                    options.suggest().categories(), options.suggest().cooccurrenceWeight(),
                    options.suggest().hasBand() ? ", band " + options.suggest().bandDescription() : ", no popularity band");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String[] labels(CorpusLoader.Loaded loaded) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                lines.add(label(l.strip()));
            }
        }
        long inputLines = loaded.report().lines();
        if (lines.size() < inputLines) {
            throw new IllegalArgumentException(labels + " has " + lines.size() + " lines but " + input.names().get(0) + " has "
                    + inputLines + "; one label per input line");
        }
        String[] out = new String[loaded.corpus().size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = lines.get((int) loaded.corpus().lineOf(p) - 1);
        }
        return out;
    }

    private String label(String line) {
        if (line.isEmpty()) {
            return null;
        }
        if (!labelsFromPaths) {
            return line;
        }
        Path parent = Path.of(line).getParent();
        if (parent == null) {
            throw new IllegalArgumentException(labels + ": '" + line + "' has no folder (--labels-from-paths)");
        }
        return parent.getFileName().toString();
    }

    private static String json(HoldoutEvaluation.Result r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("posts", r.posts()).put("train", r.train()).put("test", r.test()).put("evaluated", r.evaluated())
                .put("not_placed", r.notPlaced()).put("recall_ceiling", SuggestionPrinter.round(r.recallCeiling()))
                .put("k", r.k()).put("vocabulary", r.vocabulary()).put("method", r.method())
                .put("largest_share", r.balance().largestShare());
        ArrayNode methods = o.putArray("methods");
        for (HoldoutEvaluation.MethodScores m : r.methods()) {
            methods.addObject().put("method", m.method()).put("precision@5", SuggestionPrinter.round(m.precision5()))
                    .put("recall@5", SuggestionPrinter.round(m.recall5())).put("precision@10", SuggestionPrinter.round(m.precision10()))
                    .put("recall@10", SuggestionPrinter.round(m.recall10()));
        }
        ArrayNode diffs = o.putArray("recall@10_differences");
        for (HoldoutEvaluation.Difference d : r.differences()) {
            diffs.addObject().put("versus", d.versus()).put("mean", SuggestionPrinter.round(d.meanRecall10()))
                    .put("standard_error", SuggestionPrinter.round(d.standardError()));
        }
        if (r.trainAgreement() != null) {
            ObjectNode l = o.putObject("labels");
            agreement(l.putObject("train"), r.trainAgreement());
            agreement(l.putObject("test"), r.testAgreement());
        }
        return o.toString();
    }

    private static void agreement(ObjectNode o, HoldoutEvaluation.LabelAgreement a) {
        o.put("posts", a.posts()).put("labels", a.labels()).put("nmi", SuggestionPrinter.round(a.nmi()))
                .put("ari", SuggestionPrinter.round(a.ari()));
    }
}
