package tagcat.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * One {@code COPY ... FROM STDIN} (text format), fed a row at a time and sent in batches of
 * {@value #BATCH_ROWS} rows; {@link #finish} ends it, and closing one not finished cancels it (none of its
 * rows count).
 */
final class CopyBatches implements AutoCloseable {
    /** Rows sent to the server per batch; the listener hears of each batch. */
    static final int BATCH_ROWS = 8192;

    private final CopyIn in;
    private final String table;
    private final RunWriter.Listener listener;
    private final StringBuilder rows = new StringBuilder(1 << 17);
    private long count;

    CopyBatches(CopyManager copy, String sql, String table, RunWriter.Listener listener) throws SQLException {
        this.in = copy.copyIn(sql);
        this.table = table;
        this.listener = listener;
    }

    /** Adds a field that is not the row's last. */
    CopyBatches field(String value) {
        CopyText.field(rows, value);
        rows.append('\t');
        return this;
    }

    /** Adds the row's last field and ends the row. */
    void last(String value) throws IOException {
        CopyText.field(rows, value);
        rows.append('\n');
        if (++count % BATCH_ROWS == 0) {
            send();
            listener.batchSent(table, count);
        }
    }

    /** Sends what is left and ends the COPY: the rows are in (the transaction is not yet committed). */
    void finish() throws SQLException, IOException {
        if (rows.length() > 0) {
            send();
            listener.batchSent(table, count);
        }
        in.endCopy();
    }

    private void send() throws IOException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        rows.setLength(0);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        if (in.isActive()) {
            in.cancelCopy();
        }
    }
}
