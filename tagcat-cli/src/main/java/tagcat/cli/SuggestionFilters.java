package tagcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tagcat.ingest.BadLine;
import tagcat.ingest.OnError;
import tagcat.model.TagcatModel;
import tagcat.suggest.Popularity;
import tagcat.suggest.SuggestOptions;

/** Popularity band, specificity filters and ranking options; shared by suggest and evaluate. */
final class SuggestionFilters {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--popularity", paramLabel = "FILE",
            description = {"Platform post counts per tag: CSV or TSV rows 'tag,posts', counts like 2500, 2,500, 100k, 380m, 1.4b.",
                "Without it, popularity is the tag's post count in the model's corpus (labelled so)."})
    Path popularity;

    @Option(names = "--popularity-scale", paramLabel = "X",
            description = "Without --popularity: multiply corpus counts by X, e.g. to estimate platform counts (default: 1).")
    Double popularityScale;

    @Option(names = "--min-posts", paramLabel = "N",
            description = "Only tags with at least N posts; 'none' for no lower bound (default with --popularity: 100k, the article's).")
    String minPosts;

    @Option(names = "--max-posts", paramLabel = "N",
            description = "Only tags with at most N posts; 'none' for no upper bound (default with --popularity: 10m).")
    String maxPosts;

    @Option(names = "--max-spread", paramLabel = "X",
            description = "Only specific tags: spread over at most X categories (effective number; 1 = one category). Default: any.")
    Double maxSpread;

    @Option(names = "--min-idf", paramLabel = "X",
            description = "Only specific tags: idf at least X (low idf = on a large share of all posts). Default: any.")
    Double minIdf;

    @Option(names = "--categories", paramLabel = "M", defaultValue = "" + SuggestOptions.DEFAULT_CATEGORIES,
            description = "Suggest from the post's M most similar categories (cosine; default: ${DEFAULT-VALUE}).")
    int categories;

    @Option(names = "--cooccurrence-weight", paramLabel = "B", defaultValue = "" + SuggestOptions.DEFAULT_COOCCURRENCE_WEIGHT,
            description = "Ranking: share B from co-occurrence with the post's tags, 1-B from the tag's weight in the categories (default: ${DEFAULT-VALUE}).")
    double cooccurrenceWeight;

    /** The popularity source: the table (bad rows reported on err) or the model's document frequencies. */
    Popularity popularity(TagcatModel model, OnError onError, PrintWriter err) throws IOException {
        Popularity table = table(onError, err);
        return table != null ? table : Popularity.fromModel(model, popularityScale == null ? 1 : popularityScale);
    }

    /** The --popularity table with its bad rows reported on err, or null without one. */
    Popularity table(OnError onError, PrintWriter err) throws IOException {
        if (popularity == null) {
            return null;
        }
        if (popularityScale != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--popularity-scale applies to corpus counts, not to a --popularity table");
        }
        Popularity p = Popularity.read(popularity, onError);
        List<BadLine> bad = p.badRows();
        for (int i = 0; i < Math.min(CorpusLoader.SHOWN_BAD_LINES, bad.size()); i++) {
            err.println("warning: " + bad.get(i));
        }
        if (!bad.isEmpty()) {
            err.println(popularity + ": " + bad.size() + " bad rows skipped, " + p.size() + " tags read");
        }
        err.flush();
        return p;
    }

    /**
     * The options for the Suggester.
     *
     * @param defaults what the options not given default to ({@link SuggestOptions#defaultsFor}: the article's band
     *                 with a popularity table)
     */
    SuggestOptions options(int limit, SuggestOptions defaults) {
        long min = minPosts != null ? bound(minPosts, "--min-posts", 0) : defaults.minPosts();
        long max = maxPosts != null ? bound(maxPosts, "--max-posts", Long.MAX_VALUE) : defaults.maxPosts();
        try {
            return defaults.withLimit(limit).withCategories(categories).withBand(min, max)
                    .withMaxSpread(maxSpread == null ? Double.POSITIVE_INFINITY : maxSpread)
                    .withMinIdf(minIdf == null ? 0 : minIdf).withCooccurrenceWeight(cooccurrenceWeight);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private long bound(String text, String option, long none) {
        if (text.equalsIgnoreCase("none")) {
            return none;
        }
        try {
            return Popularity.parseCount(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
