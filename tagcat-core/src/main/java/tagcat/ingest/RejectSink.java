package tagcat.ingest;

/**
 * Told of every rejected line or row, in input order, with its raw bytes: more than the report keeps (it keeps the
 * first {@value ReadReport#MAX_BAD_LINES}), so a user can fix exactly those lines and read them again.
 * Called on the reading thread.
 */
@FunctionalInterface
public interface RejectSink {
    /**
     * @param bad the line and why it was rejected
     * @param raw the line's bytes without its line terminator, as read (not necessarily UTF-8); null when the line
     *            was too long to keep ({@link PostReader#MAX_LINE_BYTES})
     */
    void reject(BadLine bad, byte[] raw);
}
