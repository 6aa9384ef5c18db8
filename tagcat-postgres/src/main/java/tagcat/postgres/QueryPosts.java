package tagcat.postgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import tagcat.ingest.InputFormat;
import tagcat.ingest.MalformedInputException;
import tagcat.ingest.Post;
import tagcat.ingest.PostReader;
import tagcat.ingest.PostSource;
import tagcat.ingest.ReadOptions;
import tagcat.ingest.ReadProgress;
import tagcat.ingest.ReadReport;
import tagcat.parallel.Parallelism;

/**
 * The posts a SQL query returns, as a {@link PostSource}: {@code COPY (query) TO STDOUT (FORMAT binary)} in one
 * read-only transaction, each row's tags (as a {@code text[]} literal) or caption fed as one line to the same
 * parallel parser as a file's ({@link InputFormat#PGARRAY}, or {@link InputFormat#TEXT} for captions). Rows are streamed: only
 * their ids are kept ({@link #ids()}), to write results back and to name bad rows by id.
 *
 * <p>A post's line number is its row's place in the result (from 1, rows without an id left out); a bad row
 * is reported as {@code postgresql://host/db query id 42: reason}. A NULL tags array is an empty post.
 */
public final class QueryPosts implements PostSource {
    private final Database database;
    private final String query;
    private final PostColumns columns;
    private final ReadOptions options;
    private volatile PostIds ids;

    /**
     * @param query   any SELECT (a trailing semicolon is allowed); its columns are checked before reading
     * @param options how to read (the format is set from {@code columns}; on-error and tag length apply)
     */
    public QueryPosts(Database database, String query, PostColumns columns, ReadOptions options) {
        this.database = database;
        this.query = stripSemicolon(query);
        this.columns = columns;
        this.options = options.withFormat(columns.captions() ? InputFormat.TEXT : InputFormat.PGARRAY);
        if (this.query.isBlank()) {
            throw new IllegalArgumentException("--query is empty");
        }
    }

    /** The posts' source name in the model and in messages. */
    public String name() {
        return database.describe() + " query";
    }

    /** The ids of the rows read (or being read) by the last {@link #read}, in row order; null before. */
    public PostIds ids() {
        return ids;
    }

    @Override
    public ReadReport read(Consumer<Post> sink, Parallelism parallelism, ReadProgress progress) throws IOException {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            c.setReadOnly(true); // the driver begins each transaction READ ONLY: a query cannot change anything
            PostIds rowIds = new PostIds(PostIds.IdType.of(checkColumns(c)));
            ids = rowIds; // a row's id is in before its line reaches the parser, so a sink may ask for it
            String copy = "COPY (SELECT q." + SqlNames.quoted("--id-column", columns.id()) + "::text, q."
                    + SqlNames.quoted("--tags-column", columns.content()) + (columns.captions() ? "::text" : "::text[]")
                    + " FROM (" + query + ") AS q) TO STDOUT (FORMAT binary)";
            CopyOut out;
            try {
                out = c.unwrap(PGConnection.class).getCopyAPI().copyOut(copy);
            } catch (SQLException e) {
                throw database.failed("running the query", e);
            }
            BinaryCopyLines lines = new BinaryCopyLines(out, rowIds, name(), options.onError(), columns.captions());
            ReadReport report;
            tagcat.ingest.RejectSink rejects = options.rejects() == null ? null
                    : (bad, raw) -> options.rejects().reject(bad.withKey(rowIds.get(bad.line())), raw); // by id
            lines.rejects = options.rejects();
            try {
                report = PostReader.read(name(), lines, options.withParallelism(parallelism).withProgress(progress)
                        .withRejects(rejects), sink);
            } catch (MalformedInputException e) {
                if (e.badLine().key() != null) { // a row without an id, named already
                    throw e;
                }
                throw new MalformedInputException(e.badLine().withKey(rowIds.get(e.badLine().line())));
            } catch (IOException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof SQLException s) {
                        throw database.failed("running the query", s);
                    }
                }
                throw e;
            }
            c.rollback();
            return report.withBadLines(b -> b.withKey(rowIds.get(b.line())))
                    .plus(ReadReport.rejected(lines.withoutId, lines.withoutIdFirst));
        } catch (SQLException e) {
            throw database.failed("reading the query", e);
        }
    }

    /** Checks the id and content columns exist with usable types; returns the id column's type name. */
    private String checkColumns(Connection c) throws DatabaseException {
        ResultSetMetaData md;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM (" + query + ") AS q LIMIT 0")) {
            md = ps.getMetaData();
            if (md == null) {
                throw new DatabaseException(database.describe() + ": --query returns no rows to read (is it a SELECT?)");
            }
            List<String> names = new ArrayList<>();
            int id = -1;
            int content = -1;
            for (int i = 1; i <= md.getColumnCount(); i++) {
                names.add(md.getColumnLabel(i));
                if (md.getColumnLabel(i).equals(columns.id())) {
                    id = i;
                }
                if (md.getColumnLabel(i).equals(columns.content())) {
                    content = i;
                }
            }
            String option = columns.captions() ? "--caption-column" : "--tags-column";
            if (id < 0) {
                throw new DatabaseException(database.describe() + ": the query has no column \"" + columns.id()
                        + "\" (--id-column); its columns: " + String.join(", ", names));
            }
            if (content < 0) {
                throw new DatabaseException(database.describe() + ": the query has no column \"" + columns.content()
                        + "\" (" + option + "); its columns: " + String.join(", ", names));
            }
            String type = md.getColumnTypeName(content);
            boolean ok = columns.captions() ? type.equals("text") || type.equals("varchar") || type.equals("bpchar")
                    : type.equals("_text") || type.equals("_varchar") || type.equals("_bpchar");
            if (!ok) {
                throw new DatabaseException(database.describe() + ": column \"" + columns.content() + "\" (" + option
                        + ") is of type " + readable(type) + "; it must be " + (columns.captions() ? "text" : "text[]")
                        + (columns.captions() ? "" : " (or use --caption-column for a text column)"));
            }
            return md.getColumnTypeName(id);
        } catch (SQLException e) {
            throw database.failed("checking the query", e);
        }
    }

    private static String readable(String pgType) {
        return pgType.startsWith("_") ? pgType.substring(1) + "[]" : pgType;
    }

    private static String stripSemicolon(String query) {
        String q = query == null ? "" : query.strip();
        while (q.endsWith(";")) {
            q = q.substring(0, q.length() - 1).strip();
        }
        return q;
    }
}
