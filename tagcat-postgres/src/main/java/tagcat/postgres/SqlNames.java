package tagcat.postgres;

import java.util.regex.Pattern;

/**
 * Schema, table and column names that reach SQL text. Values never do (they travel as parameters or
 * COPY data); a name is checked against a plain identifier's shape and then double-quoted, so nothing
 * a user types can end a statement or start another.
 */
public final class SqlNames {
    /** Letters, digits and underscores, not starting with a digit, at most PostgreSQL's 63 bytes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private SqlNames() {
    }

    /**
     * The name, double-quoted (so exactly as typed: {@code Tags} is not {@code tags}).
     *
     * @param what what the name is, for the error ("--out-schema")
     * @throws IllegalArgumentException if it is not a plain identifier
     */
    public static String quoted(String what, String name) {
        return "\"" + checked(what, name) + "\"";
    }

    /** The name unchanged, once checked to be a plain identifier. */
    public static String checked(String what, String name) {
        if (name == null || !PLAIN.matcher(name).matches()) {
            throw new IllegalArgumentException(what + ": '" + name + "' is not a plain SQL name (letters, digits and"
                    + " underscores, not starting with a digit, at most 63 characters)");
        }
        return name;
    }
}
