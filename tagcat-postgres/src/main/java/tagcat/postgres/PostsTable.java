package tagcat.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import tagcat.ingest.PgArrayFormat;
import tagcat.generate.PostGenerator;

/**
 * A table of generated posts for demos, tests and benchmarks:
 * {@code posts(id bigint PRIMARY KEY, tags text[], caption text, created timestamptz, topic text)}, filled by
 * COPY in one transaction (the table is created when missing; one with rows is refused unless replacing).
 */
public final class PostsTable {
    /** Posts are spread one a minute from here, so {@code created} is the same for the same seed. */
    private static final Instant FIRST_POST = Instant.parse("2024-01-01T00:00:00Z");

    private PostsTable() {
    }

    /** @return the number of posts written */
    public static long write(Database db, String table, PostGenerator generator, boolean replace,
                             RunWriter.Listener listener) throws IOException {
        String t = SqlNames.quoted("--table", table);
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            String doing = "creating table " + table;
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS " + t + " (id bigint PRIMARY KEY, tags text[],"
                        + " caption text, created timestamptz, topic text)");
                try (ResultSet r = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + t + ")")) {
                    r.next();
                    if (r.getBoolean(1)) {
                        if (!replace) {
                            throw new DatabaseException(db.describe() + ": table " + table
                                    + " already has rows; use --replace to empty it first, or another --table");
                        }
                        st.execute("TRUNCATE " + t);
                    }
                }
                doing = "writing table " + table;
                List<String> topics = generator.topicNames();
                long[] written = {0};
                try (CopyBatches b = new CopyBatches(c.unwrap(PGConnection.class).getCopyAPI(),
                        "COPY " + t + " (id, tags, caption, created, topic) FROM STDIN", table, listener)) {
                    generator.generate((index, topic, tags) -> {
                        try {
                            b.field(Long.toString(index + 1)).field(PgArrayFormat.format(tags))
                                    .field("#" + String.join(" #", tags))
                                    .field(FIRST_POST.plusSeconds(60 * index).toString())
                                    .last(topics.get(topic));
                            written[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    b.finish();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                c.commit();
                return written[0];
            } catch (SQLException e) {
                ResultTables.rollbackQuietly(c);
                throw db.failed(doing, e);
            } catch (IOException | RuntimeException e) {
                ResultTables.rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw db.failed("closing the connection", e);
        }
    }
}
