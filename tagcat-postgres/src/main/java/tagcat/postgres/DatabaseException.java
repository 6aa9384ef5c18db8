package tagcat.postgres;

import java.io.IOException;

/**
 * A database could not be reached, read or written: one message naming the database and the thing
 * (a column, a table, a run), never the password.
 */
public final class DatabaseException extends IOException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
