package tagcat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tagcat.ingest.BadLineException;
import tagcat.ingest.InputFormat;
import tagcat.ingest.OnError;
import tagcat.ingest.PostReader;
import tagcat.ingest.ReadOptions;
import tagcat.model.TagcatModel;
import tagcat.suggest.Catalogue;
import tagcat.suggest.Popularity;
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

    @Option(names = "--input", paramLabel = "FILE",
            description = "Suggest for every post of FILE ('-' = stdin), one JSON line per post: {\"line\":N,\"suggestions\":[..]}.")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "--input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); as in 'tagcat cluster'.")
    InputFormat format;

    @Option(names = "--field", paramLabel = "NAME", description = "--input jsonl: the tags or caption field (default: tags, hashtags, caption, text).")
    String field;

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

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (input == null && tags == null && caption == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give the post: --tags, --caption or --input FILE");
        }
        if (input != null && (tags != null || caption != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--input suggests for a file of posts; it does not combine with --tags or --caption");
        }
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        TagcatModel m = model.load();
        Popularity popularity = filters.popularity(m, onError, err);
        Suggester suggester = new Suggester(m, popularity, filters.options(limit, true));
        if (input != null) {
            return bulk(suggester, out, err);
        }
        List<String> post = post();
        Suggester.Suggestions s = suggester.suggest(post);
        if (!s.assignment().placed() && !s.assignment().known().isEmpty()) {
            throw new IllegalArgumentException("the post's tags " + SuggestionPrinter.hashtags(s.assignment().known())
                    + " have no weight in any category of the model; no category to suggest from");
        }
        if (!s.assignment().placed()) {
            List<String> near = new ArrayList<>();
            for (String t : s.assignment().unknown()) {
                near.addAll(new Catalogue(m).didYouMean(t, 3));
            }
            throw new IllegalArgumentException("none of the post's tags is in the model (" + SuggestionPrinter.hashtags(post)
                    + "; it knows " + m.vectorizer().vocabulary().size() + " tags), so there is no category to suggest from"
                    + (near.isEmpty() ? "" : "; did you mean " + SuggestionPrinter.hashtags(near) + "?"));
        }
        if (json) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.putArray("post").addAll(s.assignment().known().stream().map(o::textNode).toList());
            ObjectNode pop = o.putObject("popularity");
            pop.put("source", popularity.source().name().toLowerCase(java.util.Locale.ROOT)).put("description", popularity.description());
            pop.put("band", SuggestionPrinter.band(suggester.options()));
            SuggestionPrinter.json(o, s, explain);
            out.println(o);
        } else {
            SuggestionPrinter.text(out, suggester, s, explain);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<String> post() {
        List<String> post = new ArrayList<>();
        try {
            if (tags != null) {
                post.addAll(PostReader.parseLine(InputFormat.TAGS, null, tags));
            }
            if (caption != null) {
                for (String t : PostReader.parseLine(InputFormat.TEXT, null, caption)) {
                    if (!post.contains(t)) {
                        post.add(t);
                    }
                }
            }
        } catch (BadLineException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the post: " + e.reason());
        }
        if (post.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the post has no tags"
                    + (caption != null ? " (the caption has no #hashtags)" : "") + "; give --tags or a --caption with #hashtags");
        }
        return post;
    }

    private int bulk(Suggester suggester, PrintWriter out, PrintWriter err) throws IOException {
        Progress progress = Progress.forStderr(err, quiet, 1);
        ReadOptions o = ReadOptions.defaults().withFormat(format).withField(field).withOnError(onError).withProgress(progress);
        err.println("\"posts\" are " + suggester.popularity().description() + "; band: "
                + SuggestionPrinter.band(suggester.options()));
        err.flush();
        long[] notPlaced = {0};
        CorpusLoader.read(List.of(input), o, post -> {
            Suggester.Suggestions s = suggester.suggest(post.tags());
            if (!s.assignment().placed()) {
                notPlaced[0]++;
            }
            ObjectNode j = Json.MAPPER.createObjectNode();
            j.put("line", post.line());
            SuggestionPrinter.json(j, s, explain);
            out.println(j);
        }, err, progress);
        out.flush();
        if (notPlaced[0] > 0) {
            err.println(notPlaced[0] + (notPlaced[0] == 1 ? " post has" : " posts have")
                    + " no tag known to the model: no suggestions (\"unknown\" lists its tags)");
            err.flush();
        }
        return ExitCodes.OK;
    }
}
