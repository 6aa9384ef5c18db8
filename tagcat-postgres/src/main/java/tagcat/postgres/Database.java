package tagcat.postgres;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where a PostgreSQL database is and who connects: a JDBC URL ({@code jdbc:postgresql://host:port/db}),
 * a user (from the URL or given), and a password that never travels on the command line: from
 * {@code PGPASSWORD}, else {@code TAGCAT_DB_PASSWORD}, else the driver's own {@code ~/.pgpass}
 * (or {@code PGPASSFILE}) lookup.
 */
public final class Database {
    private final String url;
    private final String user;
    private final String password;

    private Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * @param user        overrides the URL's {@code user=}; null keeps it
     * @param environment where PGPASSWORD and TAGCAT_DB_PASSWORD are looked up ({@code System.getenv()})
     * @throws IllegalArgumentException if the URL is not a PostgreSQL one or carries a password
     */
    public static Database of(String url, String user, Map<String, String> environment) {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): "
                    + redacted(url));
        }
        if (url.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*")) {
            throw new IllegalArgumentException("the JDBC URL holds a password; put it in PGPASSWORD or ~/.pgpass"
                    + " instead (a command line is visible to every user of the machine): " + redacted(url));
        }
        String password = environment.get("PGPASSWORD");
        if (password == null) {
            password = environment.get("TAGCAT_DB_PASSWORD");
        }
        return new Database(url, user, password);
    }

    /** A new connection (autocommit on, as the driver gives it). */
    public Connection connect() throws DatabaseException {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "tagcat");
        try {
            return DriverManager.getConnection(url, p);
        } catch (SQLException e) {
            throw new DatabaseException("cannot connect to " + describe() + ": " + e.getMessage(), e);
        }
    }

    /** Host, port and database, for messages and as the posts' source name: {@code postgresql://localhost:5432/posts}. */
    public String describe() {
        String s = url.substring("jdbc:".length());
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q);
    }

    /** A failed statement as one message naming the database and what was being done. */
    DatabaseException failed(String doing, SQLException e) {
        return new DatabaseException(describe() + ": " + doing + ": " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl) + message.substring(nl).replace('\n', ' ').replaceAll(" +", " ");
    }

    private static String redacted(String url) {
        try {
            URI u = URI.create(url.startsWith("jdbc:") ? url.substring(5) : url);
            return "jdbc:" + u.getScheme() + "://" + (u.getAuthority() == null ? "" : u.getAuthority())
                    + (u.getPath() == null ? "" : u.getPath());
        } catch (IllegalArgumentException e) {
            return "(unparseable URL)";
        }
    }
}
