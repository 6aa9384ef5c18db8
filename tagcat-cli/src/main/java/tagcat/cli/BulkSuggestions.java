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
import tagcat.postgres.Database;
import tagcat.postgres.PostColumns;
import tagcat.postgres.QueryPosts;
import tagcat.suggest.SuggestJson;
import tagcat.suggest.SuggestResponse;
import tagcat.suggest.Suggester;

/** {@code tagcat suggest --input FILE}: its options, and one JSON line per post of the file; posts with no known tag are counted on stderr. */
final class BulkSuggestions {
    @Option(names = "--input", paramLabel = "FILE",
            description = {"Suggest for every post of FILE ('-' = stdin), one JSON line per post: {\"line\":N,\"suggestions\":[..]};",
                "or of a PostgreSQL query: --input jdbc:postgresql://host/db --query SQL (columns id and tags; {\"id\":..})."})
    String input;

    @Option(names = "--query", paramLabel = "SQL", defaultValue = "SELECT id, tags FROM posts ORDER BY id",
            description = "--input jdbc:...: the SELECT returning the posts, columns id and tags (default: ${DEFAULT-VALUE}).")
    String query;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "--input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); as in 'tagcat cluster'.")
    InputFormat format;

    @Option(names = "--field", paramLabel = "NAME", description = "--input jsonl: the tags or caption field (default: tags, hashtags, caption, text).")
    String field;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @picocli.CommandLine.Mixin
    PlatformOption platform = new PlatformOption();

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "--input: write every rejected line or row to FILE (JSON lines: source, line or id, reason, raw text).")
    java.nio.file.Path rejects;

    void run(Suggester suggester, OnError onError, boolean explain, PrintWriter out, PrintWriter err) throws IOException {
        Progress progress = Progress.forStderr(err, quiet, 1);
        ReadOptions read = ReadOptions.defaults().withFormat(format).withField(field).withOnError(onError)
                .withPlatform(platform.platform);
        RejectsFile rejectsFile = null;
        if (rejects != null) {
            Outputs.check("--rejects", rejects, List.of(input));
            rejectsFile = new RejectsFile(rejects);
            read = read.withRejects(rejectsFile);
        }
        err.println("\"posts\" are " + suggester.popularity().description() + "; band: "
                + suggester.options().bandDescription());
        err.flush();
        long[] notPlaced = {0};
        QueryPosts rows = null;
        if (input.startsWith("jdbc:")) {
            try {
                rows = new QueryPosts(Database.of(input, null, System.getenv()), query, PostColumns.defaults(), read);
            } catch (IllegalArgumentException e) {
                throw new UsageError("--input: " + e.getMessage());
            }
        }
        QueryPosts fromDatabase = rows;
        tagcat.ingest.PostSource posts = rows != null ? rows : CorpusLoader.source(List.of(input), read);
        CorpusLoader.read(rejectsFile == null ? posts : rejectsFile.around(posts), Parallelism.allCores(), post -> {
            SuggestResponse r = suggester.respond(suggester.suggest(post.tags()), suggester.options(), explain);
            if (!r.ok()) {
                notPlaced[0]++;
            }
            ObjectNode line = Json.MAPPER.createObjectNode();
            if (fromDatabase != null) {
                line.put("id", fromDatabase.ids().get(post.line()));
            } else {
                line.put("line", post.line());
            }
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
