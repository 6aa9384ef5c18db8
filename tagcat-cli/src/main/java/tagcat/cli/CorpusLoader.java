package tagcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import tagcat.ingest.BadLine;
import tagcat.ingest.Post;
import tagcat.ingest.PostSource;
import tagcat.ingest.ReadOptions;
import tagcat.ingest.ReadReport;
import tagcat.model.ReadCounts;
import tagcat.parallel.Parallelism;
import tagcat.text.TagCorpus;

/** The command line's inputs as a post source ('-' is stdin), and what was dropped and why, told to the user. */
final class CorpusLoader {
    /** Bad lines printed individually before the rest are only counted. */
    static final int SHOWN_BAD_LINES = 20;

    private CorpusLoader() {
    }

    record Loaded(TagCorpus corpus, ReadReport report, double seconds) {
        ReadCounts counts() {
            return new ReadCounts(corpus.sources(), report.lines(), report.droppedEmpty(), report.malformed());
        }
    }

    /** The inputs in order; {@code -} reads stdin (not closed). */
    static PostSource source(List<String> inputs, ReadOptions options) {
        return PostSource.concat(inputs.stream()
                .map(in -> in.equals("-") ? PostSource.stream("-", System.in, options)
                        : PostSource.files(List.of(Path.of(in)), options))
                .toList());
    }

    /** Reads every post into a corpus, for commands that need the posts rather than a model. */
    static Loaded load(InputOptions input, Parallelism parallelism, PrintWriter err, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        TagCorpus.Builder builder = TagCorpus.builder();
        ReadReport report = read(input.source(progress), parallelism, builder, err, progress);
        return new Loaded(builder.build(parallelism), report, (System.nanoTime() - t0) / 1e9);
    }

    static ReadReport read(InputOptions input, Parallelism parallelism, Consumer<Post> sink, PrintWriter err,
                           Progress progress) throws IOException {
        return read(input.source(progress), parallelism, sink, err, progress);
    }

    static ReadReport read(List<String> inputs, ReadOptions options, Parallelism parallelism, Consumer<Post> sink,
                           PrintWriter err, Progress progress) throws IOException {
        return read(source(inputs, options), parallelism, sink, err, progress);
    }

    static ReadReport read(PostSource source, Parallelism parallelism, Consumer<Post> sink, PrintWriter err,
                                   Progress progress) throws IOException {
        ReadReport report = source.read(sink, parallelism, progress);
        progress.done();
        reportDropped(report, err);
        return report;
    }

    /** Seed categories: one set of tags per line of {@code file}, in any input format. */
    static List<List<String>> seeds(Path file, ReadOptions options, PrintWriter err, Progress progress) throws IOException {
        List<List<String>> seeds = new java.util.ArrayList<>();
        read(List.of(file.toString()), options, Parallelism.single(), p -> seeds.add(p.tags()), err, progress);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException(file + ": no seed categories found (one set of tags per line)");
        }
        return seeds;
    }

    static void reportDropped(ReadReport report, PrintWriter err) {
        List<BadLine> bad = report.badLines();
        for (int i = 0; i < Math.min(SHOWN_BAD_LINES, bad.size()); i++) {
            err.println("warning: " + tagcat.ingest.ControlCharacters.escape(bad.get(i).toString()));
        }
        if (report.malformed() > SHOWN_BAD_LINES) {
            err.println("warning: ... and " + (report.malformed() - SHOWN_BAD_LINES) + " more malformed lines");
        }
        if (report.malformed() > 0 || report.droppedEmpty() > 0) {
            err.println(report.summary());
        }
        err.flush();
    }
}
