package tagcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tagcat.ingest.OnError;
import tagcat.model.TagcatModel;
import tagcat.suggest.Popularity;
import tagcat.suggest.SuggestJson;
import tagcat.suggest.SuggestOptions;
import tagcat.suggest.SuggestRequest;
import tagcat.suggest.SuggestResponse;
import tagcat.suggest.Suggester;

@Command(name = "suggest", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Suggests hashtags for a post: specific tags of its category, in a popularity band.",
            "",
            "The post is placed in its most similar categories ('tagcat assign --by similar'); their tags not already in the post are "
                + "ranked by co-occurrence with the post's tags blended with their weight in the categories, then tags "
                + "outside the popularity band (--popularity table; the article's 100k-10m by default) or not specific "
                + "enough (--max-spread, --min-idf) are set aside. --explain says why each tag is there and what was set "
                + "aside. --input suggests for every post of a file, one JSON line per post.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  tagcat suggest --model model.json --tags \"pizza,pasta\"",
            "  tagcat suggest --model model.json --caption \"Lunch in #Roma #pasta\" --explain",
            "  tagcat suggest --model model.json --tags food --popularity counts.csv --min-posts 100k --max-posts 10m",
            "  tagcat suggest --model model.json --tags sea --max-spread 5 --limit 20 --json",
            "  tagcat suggest --model model.json --input new-posts.jsonl --field caption > suggestions.jsonl"})
final class SuggestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Option(names = "--tags", paramLabel = "TAGS", description = "The post's tags, separated by commas or spaces (# optional).")
    String tags;

    @Option(names = "--caption", paramLabel = "TEXT", description = "The post's caption; its #hashtags are the tags (with --tags: both).")
    String caption;

    @Mixin
    BulkSuggestions bulk;

    @Option(names = "--on-error", paramLabel = "ACTION", defaultValue = "skip",
            description = "Malformed --input lines and bad --popularity rows: skip (report file:line: reason) or fail (default: ${DEFAULT-VALUE}).")
    OnError onError;

    @Mixin
    SuggestionFilters filters;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Suggestions per post at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON document (with --input: one JSON line per post).")
    boolean json;

    @Option(names = "--explain", description = "Say why each tag is suggested, and which higher-ranked tags were set aside and why.")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean post = tags != null || caption != null;
        if (bulk.input == null && !post) {
            throw usage("give the post: --tags, --caption or --input FILE");
        }
        if (bulk.input != null && post) {
            throw usage("--input suggests for a file of posts; it does not combine with --tags or --caption");
        }
        if (limit < 1) {
            throw usage("--limit must be at least 1, got " + limit);
        }
        TagcatModel m = model.load();
        Popularity counts = filters.popularity(m, onError, err);
        Suggester suggester = new Suggester(m, counts, filters.options(limit, SuggestOptions.defaultsFor(counts)));
        if (bulk.input != null) {
            bulk.run(suggester, onError, explain, out, err);
            return ExitCodes.OK;
        }
        SuggestResponse r;
        try {
            r = suggester.suggest(new SuggestRequest(tags == null ? List.of() : List.of(tags), caption, null, explain,
                    bulk.platform.platform));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (r.status() == SuggestResponse.Status.NO_TAGS) {
            throw usage(r.message() + "; give --tags or a --caption with #hashtags");
        }
        if (!r.ok()) {
            throw new IllegalArgumentException(r.message());
        }
        if (json) {
            out.println(SuggestJson.response(r));
        } else {
            SuggestionPrinter.text(out, suggester, r);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
