package tagcat.postgres;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.postgresql.PGConnection;
import tagcat.ingest.PgArrayFormat;
import org.postgresql.copy.CopyManager;
import tagcat.category.Category;
import tagcat.category.TagWeight;

/**
 * Writes a {@link Run} into the {@link ResultTables} in one transaction: the {@code runs} row, then the
 * categories, their tags and every post's categories by {@code COPY ... FROM STDIN}, then the model. Either all
 * of it is committed or none: a failure, an interrupt or a killed process leaves no row (the server rolls an
 * unfinished transaction back when its connection goes). An existing run id is refused unless replacing.
 */
public final class RunWriter {
    private final Database database;
    private final String schema;
    private final Listener listener;

    /** Told after each batch of rows has been sent (for progress; tests inject faults here). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (table, rows) -> { };

        void batchSent(String table, long rows) throws IOException;
    }

    /** @param schema where the tables are ({@link ResultTables#DEFAULT_SCHEMA} unless told) */
    public RunWriter(Database database, String schema, Listener listener) {
        this.database = database;
        this.schema = SqlNames.checked("--out-schema", schema);
        this.listener = listener;
    }

    /**
     * @param replace delete an existing run of the same id (and its rows) in the same transaction
     * @throws DatabaseException if the run exists and {@code replace} is false, or anything fails (nothing is written)
     */
    public void write(Run run, boolean replace) throws IOException {
        try (Connection c = database.connect()) {
            ResultTables.ensure(c, database, schema, run.idType());
            c.setAutoCommit(false);
            String doing = "starting run " + run.runId();
            try {
                String s = SqlNames.quoted("--out-schema", schema);
                if (exists(c, s, run.runId())) {
                    if (!replace) {
                        throw new DatabaseException(database.describe() + ": run '" + run.runId() + "' is already in "
                                + schema + ".runs; give another --run-id, or --replace to overwrite it");
                    }
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + s + ".runs WHERE run_id = ?")) {
                        ps.setString(1, run.runId());
                        ps.executeUpdate();
                    }
                }
                insertRun(c, s, run);
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                doing = "writing " + schema + ".categories";
                copyCategories(copy, s, run);
                doing = "writing " + schema + ".category_tags";
                copyCategoryTags(copy, s, run);
                doing = "writing " + schema + ".post_categories";
                copyAssignments(copy, s, run);
                if (run.model() != null) {
                    doing = "writing " + schema + ".models";
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + s + ".models (run_id, model) VALUES (?, ?)")) {
                        ps.setString(1, run.runId());
                        ps.setBinaryStream(2, new ByteArrayInputStream(run.model()), run.model().length);
                        ps.executeUpdate();
                    }
                }
                doing = "committing run " + run.runId();
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + s + ".runs SET finished = clock_timestamp() WHERE run_id = ?")) {
                    ps.setString(1, run.runId());
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                ResultTables.rollbackQuietly(c);
                throw explain(doing, e);
            } catch (IOException e) {
                ResultTables.rollbackQuietly(c);
                throw !(e instanceof DatabaseException) && e.getCause() instanceof SQLException q ? explain(doing, q) : e;
            } catch (RuntimeException e) {
                ResultTables.rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw database.failed("closing the connection", e);
        }
    }

    private DatabaseException explain(String doing, SQLException e) {
        if ("23505".equals(e.getSQLState()) && doing.endsWith("post_categories")) {
            return new DatabaseException(database.describe() + ": " + doing + ": a post id appears twice in the input ("
                    + e.getMessage().replace('\n', ' ') + "); ids must be unique", e);
        }
        return database.failed(doing, e);
    }

    private static boolean exists(Connection c, String s, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + s + ".runs WHERE run_id = ? FOR UPDATE")) {
            ps.setString(1, runId);
            try (ResultSet r = ps.executeQuery()) {
                return r.next();
            }
        }
    }

    private static void insertRun(Connection c, String s, Run run) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + s + ".runs (run_id, started, finished,"
                + " tagcat_version, command, parameters, input_fingerprint, posts, k, method, inertia)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)")) {
            Timestamp started = Timestamp.from(run.started());
            ps.setString(1, run.runId());
            ps.setTimestamp(2, started);
            ps.setTimestamp(3, started);
            ps.setString(4, run.tagcatVersion());
            ps.setString(5, run.command());
            ps.setString(6, run.parametersJson());
            ps.setString(7, run.inputFingerprint());
            ps.setLong(8, run.posts());
            ps.setInt(9, run.k());
            ps.setString(10, run.method());
            if (run.inertia() == null) {
                ps.setNull(11, java.sql.Types.DOUBLE);
            } else {
                ps.setDouble(11, run.inertia());
            }
            ps.executeUpdate();
        }
    }

    private void copyCategories(CopyManager copy, String s, Run run) throws SQLException, IOException {
        try (CopyBatches b = new CopyBatches(copy, "COPY " + s + ".categories (run_id, category_id, name, size, leading_tags)"
                + " FROM STDIN", "categories", listener)) {
            for (Category cat : run.categories()) {
                b.field(run.runId()).field(Integer.toString(cat.id())).field(cat.name())
                        .field(Integer.toString(cat.size())).last(PgArrayFormat.format(cat.leadingTags()));
            }
            b.finish();
        }
    }

    private void copyCategoryTags(CopyManager copy, String s, Run run) throws SQLException, IOException {
        try (CopyBatches b = new CopyBatches(copy, "COPY " + s + ".category_tags (run_id, category_id, rank, tag, weight)"
                + " FROM STDIN", "category_tags", listener)) {
            for (Category cat : run.categories()) {
                int rank = 1;
                for (TagWeight t : cat.tags()) {
                    b.field(run.runId()).field(Integer.toString(cat.id())).field(Integer.toString(rank++))
                            .field(t.tag()).last(Double.toString(t.weight()));
                }
            }
            b.finish();
        }
    }

    private void copyAssignments(CopyManager copy, String s, Run run) throws SQLException, IOException {
        try (CopyBatches b = new CopyBatches(copy, "COPY " + s + ".post_categories (run_id, post_id, rank, category_id, score)"
                + " FROM STDIN", "post_categories", listener)) {
            String runId = run.runId();
            run.assignments().writeTo((postId, rank, category, score) -> b.field(runId).field(postId)
                    .field(Integer.toString(rank)).field(category == null ? null : category.toString())
                    .last(score == null ? null : Float.toString(score.floatValue()))); // 7 digits: plenty for a similarity, half the bytes
            b.finish();
        }
    }
}
