package tagcat.ingest;

/**
 * A record that could not be read as a post: where it is and why. Printed as {@code file:line: reason}, or, for a
 * source whose records have keys of their own (a database row's id), {@code source id KEY: reason}.
 *
 * @param line the record's number in its source, from 1 (a file's line, a query's row)
 * @param key  the record's own key, or null when the line number is all there is
 */
public record BadLine(String source, long line, String reason, String key) {
    public BadLine(String source, long line, String reason) {
        this(source, line, reason, null);
    }

    /** The same bad record, known by {@code key}. */
    public BadLine withKey(String key) {
        return new BadLine(source, line, reason, key);
    }

    @Override
    public String toString() {
        return key == null ? source + ":" + line + ": " + reason : source + " id " + key + ": " + reason;
    }
}
