package tagcat.cli;

import tagcat.parallel.Parallelism;
import tagcat.suggest.SuggestJson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tagcat.ingest.Post;
import tagcat.model.AtomicFile;
import tagcat.model.TagcatModel;
import tagcat.postgres.AssignedPosts;
import tagcat.suggest.Assigner;

@Command(name = "assign", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Places every post of the inputs in its category of a model.",
            "",
            "Each post becomes a TF-IDF vector with the model's vocabulary. --by nearest (the default) picks the nearest "
                + "centroid, the rule k-means uses, so a training post lands where clustering put it; --by similar picks "
                + "the centroid with the highest cosine similarity, the categories that share the post's tags (what "
                + "'tagcat suggest' uses; a mixed category near the origin can be nearest to short posts). The score is "
                + "the cosine similarity, 0 to 1. Prints CSV line,category_id,score (file,line,... with several inputs; "
                + "empty category and score when none of the post's tags is in the model), or JSON lines.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  tagcat assign --model model.json new-posts.txt > assigned.csv",
            "  tagcat assign --model model.json captions.txt --format text --top 3 --by similar --json",
            "  tagcat assign --model $DB --jdbc $DB --out-jdbc $DB   # DB: a JDBC URL",
            "  echo 'pizza pasta' | tagcat assign --model model.json -"})
final class AssignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Mixin
    InputOptions input;

    @Option(names = "--top", paramLabel = "M", defaultValue = "1",
            description = "The first M categories per post; CSV gets a rank column: line,rank,category_id,score (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--by", paramLabel = "RULE", defaultValue = "nearest",
            description = "nearest: as the model's k-means assigns (distance for --method article, cosine for spherical and lsa); similar: by cosine similarity (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--json", description = "One JSON line per post: {\"line\":N,\"categories\":[{\"id\":..,\"name\":..,\"score\":..}],\"unknown\":[..]}.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    @Mixin
    DatabaseOutput database;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    /** With --out-jdbc: every post's placements, kept compactly until the read ends and the ids are known. */
    private AssignedPosts placements;

    @Override
    public Integer call() throws IOException {
        Outputs.check("--out", out, input.inputs);
        database.check(input);
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, got " + top);
        }
        Assigner.Rule rule = switch (by.toLowerCase(java.util.Locale.ROOT)) {
            case "nearest" -> Assigner.Rule.NEAREST;
            case "similar" -> Assigner.Rule.SIMILAR;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--by: nearest or similar, got '" + by + "'");
        };
        TagcatModel m = model.load();
        Assigner assigner = new Assigner(m);
        PrintWriter err = spec.commandLine().getErr();
        placements = database.given() ? new AssignedPosts() : null;
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            // with --out-jdbc alone the rows go to the database, not to stdout
            write(assigner, rule, database.given() ? Writer.nullWriter() : stdout, err);
            stdout.flush();
            if (placements != null) {
                writeToDatabase(m, placements, err);
            }
            return ExitCodes.OK;
        }
        try (AtomicFile.Group outputs = AtomicFile.group()) { // --out and --out-jdbc: both or neither
            Writer w = new BufferedWriter(new OutputStreamWriter(outputs.open(out), StandardCharsets.UTF_8), 1 << 16);
            write(assigner, rule, w, err);
            w.flush();
            if (placements != null) {
                writeToDatabase(m, placements, err); // its own transaction, committed just before the rename
            }
            outputs.commit();
        }
        return ExitCodes.OK;
    }

    private void writeToDatabase(TagcatModel m, AssignedPosts placements, PrintWriter err) throws IOException {
        String parameters = Json.MAPPER.createObjectNode().put("model_fingerprint", m.input().fingerprint())
                .put("top", top).put("by", by).toString();
        database.write(input, placements.toRun(database.runId("assign"), database.started, m, parameters,
                input.idType(), input::postId), err, quiet);
    }

    private void write(Assigner assigner, Assigner.Rule rule, Writer w, PrintWriter err) throws IOException {
        boolean withFile = input.inputs.size() > 1;
        if (!json) {
            w.write((withFile ? "file," : "") + (input.fromDatabase() ? "id," : "line,") + (top > 1 ? "rank," : "")
                    + "category_id,score\n");
        }
        Progress progress = Progress.forStderr(err, quiet, 1);
        long[] notPlaced = {0};
        try {
            CorpusLoader.read(input, Parallelism.allCores(), post -> {
                try {
                    Assigner.Assignment a = assigner.assign(post.tags(), top, rule);
                    if (!a.placed()) {
                        notPlaced[0]++;
                    }
                    if (placements != null) {
                        placements.add(post.line(), a);
                    }
                    w.write(json ? json(post, a, withFile) : csv(post, a, withFile));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, err, progress);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (notPlaced[0] > 0) {
            err.println(notPlaced[0] + (notPlaced[0] == 1 ? " post has" : " posts have")
                    + " no tag in the model's vocabulary: empty category");
            err.flush();
        }
    }

    private String csv(Post post, Assigner.Assignment a, boolean withFile) {
        String prefix = (withFile ? Csv.field(post.source()) + "," : "")
                + (input.fromDatabase() ? Csv.field(input.postId(post.line())) : Long.toString(post.line())) + ",";
        if (!a.placed()) {
            return prefix + (top > 1 ? "," : "") + ",\n";
        }
        StringBuilder b = new StringBuilder();
        int rank = 1;
        for (Assigner.Placement p : a.categories()) {
            b.append(prefix);
            if (top > 1) {
                b.append(rank++).append(',');
            }
            b.append(p.category().id()).append(',').append(String.format(Locale.ROOT, "%.4f", p.similarity())).append('\n');
        }
        return b.toString();
    }

    private String json(Post post, Assigner.Assignment a, boolean withFile) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        if (withFile) {
            o.put("file", post.source());
        }
        if (input.fromDatabase()) {
            o.put("id", input.postId(post.line()));
        } else {
            o.put("line", post.line());
        }
        return SuggestJson.assignment(o, a) + "\n";
    }
}
