package tagcat.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tagcat.ingest.InputFormat;
import tagcat.ingest.OnError;
import tagcat.ingest.PostSource;
import tagcat.ingest.ReadOptions;
import tagcat.ingest.ReadProgress;
import tagcat.postgres.Database;
import tagcat.postgres.PostColumns;
import tagcat.postgres.PostIds;
import tagcat.postgres.QueryPosts;

/** Where posts come from (files, stdin or a PostgreSQL query) and how to read them; shared by every command that reads posts. */
final class InputOptions {
    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Files of posts, one post per line ('-' for stdin; .gz is decompressed); or --jdbc.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--jdbc", paramLabel = "URL",
            description = {"Read the posts from PostgreSQL instead of files: jdbc:postgresql://host:port/database.",
                "The password comes from PGPASSWORD, TAGCAT_DB_PASSWORD or ~/.pgpass, never the command line."})
    String jdbc;

    @Option(names = "--query", paramLabel = "SQL",
            description = {"--jdbc: the SELECT returning the posts, run read-only (default: SELECT id, tags FROM posts ORDER BY id,",
                "with the columns given). Order the rows: k-means starts from the posts in order, so the same rows in",
                "another order may give other categories."})
    String query;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: the URL's user=, else the driver's default).")
    String dbUser;

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = PostColumns.DEFAULT_ID,
            description = "--jdbc: the column identifying each post; bad rows and results are named by it (default: ${DEFAULT-VALUE}).")
    String idColumn;

    @Option(names = "--tags-column", paramLabel = "NAME", defaultValue = PostColumns.DEFAULT_TAGS,
            description = "--jdbc: the text[] column of tags (default: ${DEFAULT-VALUE}).")
    String tagsColumn;

    @Option(names = "--caption-column", paramLabel = "NAME",
            description = "--jdbc: read #hashtags from this text column instead of a tags array.")
    String captionColumn;

    /** The database source made by the last {@link #source} call, to name its posts by id afterwards. */
    private QueryPosts queryPosts;

    boolean fromDatabase() {
        return jdbc != null;
    }

    /** The posts: the files in order ('-' is stdin, not closed) or the query; exactly one of them must be given. */
    PostSource source(ReadProgress progress) {
        RejectsFile rejectsFile = null;
        ReadOptions options = readOptions(progress);
        if (rejects != null) {
            try {
                Outputs.check("--rejects", rejects, inputs);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            rejectsFile = new RejectsFile(rejects);
            options = options.withRejects(rejectsFile);
        }
        PostSource source = source(options);
        return rejectsFile == null ? source : rejectsFile.around(source);
    }

    private PostSource source(ReadOptions options) {
        if (jdbc != null) {
            if (!inputs.isEmpty()) {
                throw new UsageError("give files or --jdbc, not both (got " + inputs.size() + " INPUT files and --jdbc)");
            }
            PostColumns columns;
            try {
                columns = new PostColumns(idColumn, tagsColumn, captionColumn);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            String sql = query != null ? query : "SELECT " + idColumn + ", " + (captionColumn != null ? captionColumn : tagsColumn)
                    + " FROM posts ORDER BY " + idColumn;
            queryPosts = new QueryPosts(database(jdbc), sql, columns, options);
            return queryPosts;
        }
        if (inputs.isEmpty()) {
            throw new UsageError("give the posts: one or more files (INPUT), '-' for stdin, or --jdbc URL [--query SQL]");
        }
        if (captionColumn != null) {
            throw new UsageError("--caption-column reads a database column; it needs --jdbc");
        }
        return CorpusLoader.source(inputs, options);
    }

    /** A database named by a URL, with --db-user and the password from the environment. */
    Database database(String url) {
        try {
            return Database.of(url, dbUser, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    /** A read post's id as results name it: its row's id for --jdbc, else its line number. */
    String postId(long line) {
        return queryPosts != null ? queryPosts.ids().get(line) : Long.toString(line);
    }

    /** The type of {@link #postId}s. */
    PostIds.IdType idType() {
        return queryPosts != null ? queryPosts.ids().type() : PostIds.IdType.BIGINT;
    }

    /** The inputs' names, for messages and checks (the query's database for --jdbc). */
    List<String> names() {
        return jdbc != null ? List.of(database(jdbc).describe()) : inputs;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = {"Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
                "pgarray: {italy,food} Postgres arrays; tags: tags separated by spaces or commas;",
                "text: captions, #hashtags extracted; jsonl: JSON objects, see --field."})
    InputFormat format;

    @Option(names = "--field", paramLabel = "NAME",
            description = "jsonl: the field holding the tags array or the caption (default: tags, hashtags, caption, text; first present).")
    String field;

    @Option(names = "--on-error", paramLabel = "ACTION", defaultValue = "skip",
            description = "Malformed lines: skip (report file:line: reason, count, go on) or fail (stop at the first). Default: ${DEFAULT-VALUE}.")
    OnError onError;

    @Option(names = "--max-tag-length", paramLabel = "CHARS", defaultValue = "256",
            description = "A tag longer than this makes its line malformed (default: ${DEFAULT-VALUE}).")
    int maxTagLength;

    @picocli.CommandLine.Mixin
    PlatformOption platform = new PlatformOption();

    @Option(names = "--rejects", paramLabel = "FILE",
            description = {"Write every rejected line or row to FILE, one JSON object per line (source, line or id,",
                "reason, the raw text), to fix and read again; stderr shows only the first 20."})
    java.nio.file.Path rejects;

    ReadOptions readOptions(ReadProgress progress) {
        return ReadOptions.defaults().withFormat(format).withField(field).withOnError(onError)
                .withMaxTagLength(maxTagLength).withProgress(progress).withPlatform(platform.platform);
    }
}
