package tagcat.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables results are written to, in one schema, created when missing (in their own committed
 * transaction, so a run's transaction holds data only):
 * {@code runs}, {@code categories}, {@code category_tags}, {@code post_categories} and {@code models}, each
 * keyed by {@code run_id} with a foreign key to {@code runs} (deleting a run deletes its rows).
 */
public final class ResultTables {
    /** The schema used when none is given. */
    public static final String DEFAULT_SCHEMA = "tagcat";

    private ResultTables() {
    }

    /**
     * Creates the schema and any missing table; checks {@code post_categories.post_id} has the type these
     * posts' ids need.
     */
    static void ensure(Connection c, Database db, String schema, PostIds.IdType idType) throws DatabaseException {
        String s = SqlNames.quoted("--out-schema", schema);
        String[] ddl = {
            "CREATE SCHEMA IF NOT EXISTS " + s,
            "CREATE TABLE IF NOT EXISTS " + s + ".runs (run_id text PRIMARY KEY, started timestamptz NOT NULL,"
                    + " finished timestamptz NOT NULL, tagcat_version text NOT NULL, command text NOT NULL,"
                    + " parameters jsonb NOT NULL, input_fingerprint text, posts bigint NOT NULL, k integer NOT NULL,"
                    + " method text NOT NULL, inertia double precision)",
            "CREATE TABLE IF NOT EXISTS " + s + ".categories (run_id text NOT NULL REFERENCES " + s
                    + ".runs ON DELETE CASCADE, category_id integer NOT NULL, name text NOT NULL, size integer NOT NULL,"
                    + " leading_tags text[] NOT NULL, PRIMARY KEY (run_id, category_id))",
            "CREATE TABLE IF NOT EXISTS " + s + ".category_tags (run_id text NOT NULL, category_id integer NOT NULL,"
                    + " rank integer NOT NULL, tag text NOT NULL, weight double precision NOT NULL,"
                    + " PRIMARY KEY (run_id, category_id, rank), FOREIGN KEY (run_id, category_id) REFERENCES " + s
                    + ".categories ON DELETE CASCADE)",
            "CREATE TABLE IF NOT EXISTS " + s + ".post_categories (run_id text NOT NULL REFERENCES " + s
                    + ".runs ON DELETE CASCADE, post_id " + idType.sql() + " NOT NULL, rank smallint NOT NULL,"
                    + " category_id integer, score double precision, PRIMARY KEY (run_id, post_id, rank))",
            "CREATE TABLE IF NOT EXISTS " + s + ".models (run_id text PRIMARY KEY REFERENCES " + s
                    + ".runs ON DELETE CASCADE, model bytea NOT NULL)",
        };
        try {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : ddl) {
                    st.execute(sql);
                }
            }
            c.commit();
            String existing = postIdType(c, schema);
            if (existing != null && !existing.equals(idType.sql())) {
                throw new DatabaseException(db.describe() + ": " + schema + ".post_categories.post_id is " + existing
                        + " but these posts' ids are " + idType.sql() + "; write to another --out-schema");
            }
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw db.failed("creating the result tables in schema " + schema, e);
        }
    }

    private static String postIdType(Connection c, String schema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
                + " JOIN pg_class t ON t.oid = a.attrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE n.nspname = ? AND t.relname = 'post_categories' AND a.attname = 'post_id'")) {
            ps.setString(1, schema);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } finally {
            c.commit();
        }
    }

    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the server rolls the transaction back itself
        }
    }
}
