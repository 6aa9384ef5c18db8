package tagcat.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import tagcat.parallel.Parallelism;

/**
 * The one way posts come in: a stream of normalized posts, each with a stable id (its source's name
 * and line: a file and line number today; a database key or a Spark record key for sources to come),
 * and a report of what was read, including every bad record with its place and reason. Files, streams
 * and in-memory lines implement it here; what {@code -} means (stdin) is a front end's business.
 */
public interface PostSource {
    /**
     * Streams every post, in source order, to {@code sink} (a {@link PostBatchSink} gets whole batches).
     *
     * @param parallelism threads that may parse; posts still arrive in order
     * @param progress    told how far reading has got
     * @throws MalformedInputException under {@link OnError#FAIL}, at the first bad record
     * @throws IOException             if the source cannot be read (the message names it)
     */
    ReadReport read(Consumer<Post> sink, Parallelism parallelism, ReadProgress progress) throws IOException;

    /** Files read in order, gunzipped when they hold gzip data, formats detected per file unless given. */
    static PostSource files(List<Path> files, ReadOptions options) {
        List<String> names = files.stream().map(Path::toString).toList();
        Objects.requireNonNull(options, "options");
        return (sink, parallelism, progress) ->
                PostReader.read(names, options.withParallelism(parallelism).withProgress(progress), sink);
    }

    /** An open stream, read once and not closed; {@code name} is the posts' source (format detection uses it). */
    static PostSource stream(String name, InputStream in, ReadOptions options) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        return (sink, parallelism, progress) ->
                PostReader.read(name, in, options.withParallelism(parallelism).withProgress(progress), sink);
    }

    /**
     * Lines held in memory, one post each (any input format: {@code "{italy,food}"}, {@code "italy food"},
     * a caption with #hashtags), read exactly as a file would be; line numbers start at 1.
     */
    static PostSource lines(String name, List<String> lines, ReadOptions options) {
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        return (sink, parallelism, progress) -> PostReader.read(name, new ByteArrayInputStream(bytes),
                options.withParallelism(parallelism).withProgress(progress), sink);
    }

    /** These sources one after another, as one; the report adds theirs up. */
    static PostSource concat(List<PostSource> sources) {
        List<PostSource> copy = List.copyOf(sources);
        return (sink, parallelism, progress) -> {
            ReadReport report = ReadReport.empty();
            for (PostSource s : copy) {
                report = report.plus(s.read(sink, parallelism, progress));
            }
            return report;
        };
    }
}
