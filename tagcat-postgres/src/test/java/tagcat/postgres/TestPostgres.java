package tagcat.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM (zonky's embedded binaries, started on a free port), and a fresh
 * database per caller so tests never see each other's tables.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A new, empty database on the shared server: its JDBC URL with user {@code postgres}. */
    public static String freshDatabase() {
        String name = "t" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(server().getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    public static int port() {
        return server().getPort();
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // as root, zonky runs initdb and pg_ctl in a user namespace (unshare -U): PostgreSQL refuses root
                server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL", e);
            }
        }
        return server;
    }
}
