package tagcat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;
import tagcat.ingest.InputFormat;
import tagcat.ingest.OnError;
import tagcat.ingest.ReadOptions;
import tagcat.parallel.Parallelism;
import tagcat.suggest.SuggestJson;
import tagcat.suggest.SuggestResponse;
import tagcat.suggest.Suggester;

/** {@code tagcat suggest --input FILE}: its options, and one JSON line per post of the file; posts with no known tag are counted on stderr. */
final class BulkSuggestions {
    @Option(names = "--input", paramLabel = "FILE",
            description = "Suggest for every post of FILE ('-' = stdin), one JSON line per post: {\"line\":N,\"suggestions\":[..]}.")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "--input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); as in 'tagcat cluster'.")
    InputFormat format;

    @Option(names = "--field", paramLabel = "NAME", description = "--input jsonl: the tags or caption field (default: tags, hashtags, caption, text).")
    String field;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    void run(Suggester suggester, OnError onError, boolean explain, PrintWriter out, PrintWriter err) throws IOException {
        Progress progress = Progress.forStderr(err, quiet, 1);
        ReadOptions read = ReadOptions.defaults().withFormat(format).withField(field).withOnError(onError);
        err.println("\"posts\" are " + suggester.popularity().description() + "; band: "
                + suggester.options().bandDescription());
        err.flush();
        long[] notPlaced = {0};
        CorpusLoader.read(List.of(input), read, Parallelism.allCores(), post -> {
            SuggestResponse r = suggester.respond(suggester.suggest(post.tags()), suggester.options(), explain);
            if (!r.ok()) {
                notPlaced[0]++;
            }
            ObjectNode line = Json.MAPPER.createObjectNode();
            line.put("line", post.line());
            out.println(SuggestJson.fill(line, r));
        }, err, progress);
        out.flush();
        if (notPlaced[0] > 0) {
            err.println(notPlaced[0] + (notPlaced[0] == 1 ? " post has" : " posts have")
                    + " no tag known to the model: no suggestions (\"unknown\" lists its tags)");
            err.flush();
        }
    }
}
