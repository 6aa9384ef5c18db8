package tagcat.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tagcat.generate.GeneratedPostWriter;
import tagcat.generate.GeneratorOptions;
import tagcat.generate.PostGenerator;
import tagcat.model.AtomicFile;
import tagcat.postgres.Database;
import tagcat.postgres.PostsTable;
import tagcat.postgres.RunWriter;

@Command(name = "generate", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Writes synthetic Instagram-like posts with known topics.",
            "",
            "Themed tags (food, travel, boats, fitness, ...), a long tail of rarer tags, #instagood-like generic tags "
                + "shared by all topics, 1 to 30 tags per post with peaks at 1 and 30. The same options and seed give "
                + "the same bytes on any machine. --labels writes each post's topic, for evaluation.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  tagcat generate --posts 5000 --seed 1 --out samples/posts.txt.gz --labels samples/labels.txt",
            "  tagcat generate --posts 1000000 --out /tmp/1m.txt   # benchmark input"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--posts", paramLabel = "N", defaultValue = "10000", description = "Posts to write (default: ${DEFAULT-VALUE}).")
    long posts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--topics", paramLabel = "T", description = "Number of topics (default: 30; at most the built-in themes).")
    Integer topics;

    @Option(names = "--vocabulary", paramLabel = "V", description = "Distinct tags (default: grows with --posts, 25*sqrt(posts)).")
    Integer vocabulary;

    @Option(names = "--generic-share", paramLabel = "F", description = "Share of tag occurrences that are generic tags (default: 0.25).")
    Double genericShare;

    @Option(names = "--single-tag-share", paramLabel = "F",
            description = "Share of posts with exactly one tag (default: 0.22, as on Instagram; 0 makes topics easier to recover).")
    Double singleTagShare;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tags",
            description = "tags (space-separated), pgarray ({a,b}) or jsonl ({\"tags\":[..]}) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (.gz to compress; default: stdout).")
    Path out;

    @Option(names = "--labels", paramLabel = "FILE", description = "Also write each post's topic, one per line, same order.")
    Path labels;

    @Option(names = "--out-jdbc", paramLabel = "URL",
            description = "Write the posts to a PostgreSQL table instead: posts(id bigint, tags text[], caption text, created timestamptz, topic text), in one transaction.")
    String outJdbc;

    @Option(names = "--table", paramLabel = "NAME", defaultValue = "posts", description = "--out-jdbc: the table (default: ${DEFAULT-VALUE}).")
    String table;

    @Option(names = "--replace", description = "--out-jdbc: empty a table that has rows first (else it is refused).")
    boolean replace;

    @Override
    public Integer call() throws IOException {
        if (!GeneratedPostWriter.FORMATS.contains(format)) {
            throw new UsageError("--format: unknown format '" + format + "'; use one of " + GeneratedPostWriter.FORMATS);
        }
        UsageError.atLeast("--posts", posts, 0);
        Outputs.check("--out", out, java.util.List.of());
        Outputs.check("--labels", labels, java.util.List.of());
        if (topics != null) {
            UsageError.atLeast("--topics", topics, 1);
        }
        if (vocabulary != null) {
            UsageError.atLeast("--vocabulary", vocabulary, 1);
        }
        if (genericShare != null) {
            UsageError.between("--generic-share", genericShare, 0, 1);
        }
        if (singleTagShare != null) {
            UsageError.between("--single-tag-share", singleTagShare, 0, 1);
        }
        GeneratorOptions o = GeneratorOptions.defaults().withPosts(posts).withSeed(seed)
                .withVocabulary(vocabulary != null ? vocabulary : GeneratorOptions.vocabularyFor(posts));
        if (topics != null) {
            o = o.withTopics(topics);
        }
        if (genericShare != null) {
            o = o.withGenericShare(genericShare);
        }
        if (singleTagShare != null) {
            o = o.withSingleTagShare(singleTagShare);
        }
        PostGenerator generator = new PostGenerator(o);
        if (outJdbc != null) {
            if (out != null || labels != null) {
                throw new UsageError("--out-jdbc writes a table (with each post's topic); it does not combine with --out or --labels");
            }
            Database db;
            try {
                tagcat.postgres.SqlNames.checked("--table", table);
                db = Database.of(outJdbc, null, System.getenv());
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            long n = PostsTable.write(db, table, generator, replace, RunWriter.Listener.NONE);
            spec.commandLine().getErr().println("wrote " + String.format("%,d", n) + " posts to " + db.describe() + ", table " + table);
            return ExitCodes.OK;
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            if (labels == null) {
                GeneratedPostWriter.write(generator, stdout, format, null);
            } else {
                AtomicFile.write(labels, ls -> GeneratedPostWriter.write(generator, stdout, format, writer(ls)));
            }
            stdout.flush();
        } else {
            // posts and labels are one unit: both complete, or neither replaced
            try (AtomicFile.Group outputs = AtomicFile.group()) {
                Writer posts = writer(outputs.open(out));
                writeAll(generator, posts, labels == null ? null : writer(outputs.open(labels)));
                outputs.commit();
            }
        }
        return ExitCodes.OK;
    }

    private void writeAll(PostGenerator generator, Writer posts, Writer labelsOrNull) throws IOException {
        GeneratedPostWriter.write(generator, posts, format, labelsOrNull);
        posts.flush();
        if (labelsOrNull != null) {
            labelsOrNull.flush();
        }
    }

    private static Writer writer(java.io.OutputStream os) {
        return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }
}
