package tagcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tagcat.ingest.ReadOptions;
import tagcat.model.AtomicFile;
import tagcat.model.ModelFile;
import tagcat.postgres.Run;
import tagcat.train.Training;
import tagcat.train.TrainingJson;
import tagcat.train.TrainingOptions;
import tagcat.train.TrainingResult;

@Command(name = "cluster", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Groups posts into k named hashtag categories.",
            "",
            "Each post becomes a TF-IDF vector over its tags (scikit-learn TfidfVectorizer defaults), k-means with "
                + "k-means++ seeding groups the posts, and each centroid's top tags form a category named by its "
                + "leading tags (boat_water_sailing). Prints the categories as a table, or --json; --model saves "
                + "vocabulary, centroids and categories for later use.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  tagcat cluster samples/posts.txt.gz --k 20",
            "  tagcat cluster posts.pgarray --k 50 --max-df 0.5 --model model.json --assignments groups.csv",
            "  tagcat cluster captions.txt --format text --k 30 --json > categories.json",
            "  tagcat cluster posts.txt --k 50 --seed-categories seeds.txt --tol 0   # steer categories with seed tags",
            "  tagcat cluster samples/posts.txt.gz --k 20 --top auto --plot plots/   # each category's core tags; charts",
            "  DB=jdbc:postgresql://localhost/shop   # posts(id, tags text[]) in, tables out",
            "  tagcat cluster --jdbc $DB --k 30 --out-jdbc $DB --run-id may"})
final class ClusterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--k", paramLabel = "K", defaultValue = "8", description = "Number of categories (default: ${DEFAULT-VALUE}).")
    int k;

    @Mixin
    ClusteringOptions clustering;

    @Mixin
    VectorOptions vector;

    @Mixin
    CategoryNaming naming;

    @Option(names = "--min-similarity", paramLabel = "S", defaultValue = "0",
            description = "Leave posts whose cosine similarity to their category is below S uncategorized (category -1) instead of forcing them in; 0 = off (default: ${DEFAULT-VALUE}).")
    double minSimilarity;

    @Option(names = "--seed-categories", paramLabel = "FILE",
            description = "Start centroids from these tag sets, one per line (any input format); k-means++ fills the rest.")
    Path seedCategories;

    @Option(names = "--cooccurrence", paramLabel = "N", defaultValue = "" + TrainingOptions.DEFAULT_COOCCURRENCE,
            description = "Store each tag's N most frequent co-occurring tags in the model, for 'tagcat suggest' (default: ${DEFAULT-VALUE}; 0 = none).")
    int cooccurrence;

    @Option(names = "--model", paramLabel = "OUT", description = "Save the model (vocabulary, idf, centroids, categories) to OUT (.gz to compress).")
    Path model;

    @Option(names = "--assignments", paramLabel = "OUT.csv",
            description = "Write each post's category: line,category_id (file,line,category_id with several inputs).")
    Path assignments;

    @Mixin
    DatabaseOutput database;

    @Mixin
    ClusterPlots plots;

    @Option(names = "--json", description = "Print one JSON document instead of the table.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        UsageError.between("--min-similarity", minSimilarity, 0, 1);
        UsageError.atLeast("--cooccurrence", cooccurrence, 0);
        Outputs.check("--model", model, input.inputs);
        Outputs.check("--assignments", assignments, input.inputs);
        database.check(input);
        plots.check();
        Progress progress = Progress.forStderr(err, quiet, clustering.kmeans(k, 1).nInit());
        TrainingOptions options = naming.apply(clustering.training(k).withTfIdf(vector.tfidf())
                .withCooccurrence(cooccurrence).withMinSimilarity(minSimilarity)
                .withSeedCategories(seedCategories == null ? List.of() : CorpusLoader.seeds(seedCategories,
                        ReadOptions.defaults().withOnError(input.onError).withField(input.field), err, progress)));
        TrainingResult trained = Training.fit(input.source(progress), options,
                progress);
        progress.done();
        CorpusLoader.reportDropped(trained.read(), err);
        if (trained.seedsWithoutTags() > 0) {
            err.println("warning: " + trained.seedsWithoutTags() + " seed categories have no tag in the vocabulary; they start at the origin");
        }
        // the outputs are one unit: all written beside their targets first, then put in place together
        try (AtomicFile.Group outputs = AtomicFile.group()) {
            plots.write(trained, clustering.kmeans(k, 1).seed(), progress, quiet ? null : err, outputs);
            if (model != null) {
                byte[] bytes = ModelFile.toBytes(trained.model());
                outputs.write(model, os -> os.write(bytes));
            }
            if (assignments != null) {
                outputs.write(assignments, os -> AssignmentsCsv.write(os, trained));
            }
            if (database.given()) { // its own transaction, committed last but for the renames
                database.write(input, Run.ofTraining(database.runId("cluster"), database.started, trained, input.idType(),
                        input::postId), err, quiet);
            }
            outputs.commit();
        }
        if (json) {
            out.println(TrainingJson.report(trained));
        } else {
            ClusterReport.printTable(out, trained);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
