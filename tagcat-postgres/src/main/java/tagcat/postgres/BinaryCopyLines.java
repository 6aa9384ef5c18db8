package tagcat.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.copy.CopyOut;
import tagcat.ingest.BadLine;
import tagcat.ingest.MalformedInputException;
import tagcat.ingest.OnError;
import tagcat.ingest.ReadReport;

/**
 * The rows of {@code COPY (SELECT id::text, tags::text[] ...) TO STDOUT (FORMAT binary)} as lines for the post
 * parser, one per row: a tags array becomes the {@code pgarray} literal of its elements (every element quoted, NULL
 * elements left out), a caption its text; line breaks become spaces so a row stays one line. The id is kept in
 * {@link PostIds}; a row whose id is NULL gives no line and is counted as malformed.
 *
 * <p>Binary, not text, because the server then sends each array as length-prefixed elements instead of quoting
 * them into a literal, and the client has nothing to unescape: on a machine whose cores the server shares, that
 * CPU is what reading costs.
 */
final class BinaryCopyLines extends InputStream {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    private final CopyOut copy;
    private final PostIds ids;
    private final String source;
    private final OnError onError;
    private final boolean captions;
    /** The current chunk of COPY data and the read position in it. */
    private byte[] in = new byte[0];
    private int at;
    private byte[] line = new byte[256];
    private int pos;
    private int len;
    private long row;
    private boolean started;
    private boolean done;
    long withoutId;
    final List<BadLine> withoutIdFirst = new ArrayList<>();

    /** Told of rows without an id; null for none. */
    tagcat.ingest.RejectSink rejects;

    BinaryCopyLines(CopyOut copy, PostIds ids, String source, OnError onError, boolean captions) {
        this.copy = copy;
        this.ids = ids;
        this.source = source;
        this.onError = onError;
        this.captions = captions;
    }

    @Override
    public int read() throws IOException {
        if (pos == len && !next()) {
            return -1;
        }
        return line[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
        if (n == 0) {
            return 0;
        }
        int copied = 0;
        while (copied < n) {
            if (pos == len && !next()) {
                break;
            }
            int k = Math.min(n - copied, len - pos);
            System.arraycopy(line, pos, b, off + copied, k);
            pos += k;
            copied += k;
        }
        return copied == 0 ? -1 : copied;
    }

    /** Loads the next row that has an id as a line; false at the end. */
    private boolean next() throws IOException {
        if (!started) {
            started = true;
            byte[] sig = bytes(SIGNATURE.length);
            if (!java.util.Arrays.equals(sig, SIGNATURE)) {
                throw new IOException("COPY did not answer in binary format");
            }
            int32(); // flags
            skip(int32()); // header extension
        }
        while (!done) {
            int fields = int16();
            if (fields == -1) {
                done = true;
                drain();
                return false;
            }
            if (fields != 2) {
                throw new IOException("COPY sent " + fields + " columns, expected 2");
            }
            row++;
            int idLength = int32();
            if (idLength < 0) {
                skipField();
                BadLine bad = new BadLine(source, row, "NULL id (column --id-column)", "NULL");
                if (rejects != null) {
                    rejects.reject(bad, null);
                }
                if (onError == OnError.FAIL) {
                    throw new MalformedInputException(bad);
                }
                if (withoutIdFirst.size() < ReadReport.MAX_BAD_LINES) {
                    withoutIdFirst.add(bad);
                }
                withoutId++;
                continue;
            }
            need(idLength);
            ids.addRaw(in, at, at + idLength);
            at += idLength;
            len = 0;
            int contentLength = int32();
            if (contentLength >= 0) {
                if (captions) {
                    need(contentLength);
                    append(in, at, at + contentLength);
                    at += contentLength;
                } else {
                    array();
                }
            }
            append('\n');
            pos = 0;
            return true;
        }
        return false;
    }

    /** A binary text[] as a literal of its elements in order, {@code {a,"say \"hi\""}}. */
    private void array() throws IOException {
        int dims = int32();
        int32(); // has nulls
        int32(); // element type
        long elements = dims > 0 ? 1 : 0;
        for (int d = 0; d < dims; d++) { // several dimensions: the elements in order, as a file's literal is read
            elements *= int32();
            int32(); // lower bound
        }
        append('{');
        boolean first = true;
        for (long e = 0; e < elements; e++) {
            int n = int32();
            if (n < 0) {
                continue; // a NULL element
            }
            need(n);
            if (!first) {
                append(',');
            }
            first = false;
            if (needsQuotes(in, at, at + n)) {
                append('"');
                for (int i = at; i < at + n; i++) {
                    byte b = in[i];
                    if (b == '"' || b == '\\') {
                        append('\\');
                    }
                    append(b == '\n' || b == '\r' ? (byte) ' ' : b);
                }
                append('"');
            } else { // as the server's text output would have it: the parser's fast path reads it
                System.arraycopy(in, at, reserve(n), len, n);
                len += n;
            }
            at += n;
        }
        append('}');
    }

    /** Whether an element must be quoted in a literal: empty, NULL, or holding a brace, quote, comma, backslash or whitespace. */
    private static boolean needsQuotes(byte[] b, int from, int to) {
        if (from == to) {
            return true;
        }
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c >= 0 && (c <= ' ' || c == '{' || c == '}' || c == '"' || c == ',' || c == '\\')) {
                return true;
            }
        }
        return to - from == 4 && (b[from] | 0x20) == 'n' && (b[from + 1] | 0x20) == 'u' && (b[from + 2] | 0x20) == 'l'
                && (b[from + 3] | 0x20) == 'l';
    }

    /** The line buffer, with room for {@code n} more bytes at {@code len}. */
    private byte[] reserve(int n) {
        if (line.length - len < n) {
            line = java.util.Arrays.copyOf(line, Math.max(2 * line.length, len + n));
        }
        return line;
    }

    private void skipField() throws IOException {
        int n = int32();
        if (n > 0) {
            skip(n);
        }
    }

    private void append(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            append(b[i] == '\n' || b[i] == '\r' ? (byte) ' ' : b[i]);
        }
    }

    private void append(char c) {
        append((byte) c);
    }

    private void append(byte b) {
        if (len == line.length) {
            line = java.util.Arrays.copyOf(line, 2 * len);
        }
        line[len++] = b;
    }

    private int int16() throws IOException {
        need(2);
        int v = (short) (((in[at] & 0xff) << 8) | (in[at + 1] & 0xff));
        at += 2;
        return v;
    }

    private int int32() throws IOException {
        need(4);
        int v = ((in[at] & 0xff) << 24) | ((in[at + 1] & 0xff) << 16) | ((in[at + 2] & 0xff) << 8) | (in[at + 3] & 0xff);
        at += 4;
        return v;
    }

    private byte[] bytes(int n) throws IOException {
        need(n);
        byte[] b = java.util.Arrays.copyOfRange(in, at, at + n);
        at += n;
        return b;
    }

    private void skip(int n) throws IOException {
        need(n);
        at += n;
    }

    /** Makes {@code n} bytes readable at {@code at}, joining COPY messages as needed. */
    private void need(int n) throws IOException {
        while (in.length - at < n) {
            byte[] more;
            boolean empty = at == in.length;
            try {
                more = copy.readFromCopy();
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
            if (more == null) {
                throw new IOException("COPY ended in the middle of row " + row);
            }
            if (empty) { // the usual case: one message per row, read whole
                in = more;
                at = 0;
                continue;
            }
            byte[] joined = new byte[in.length - at + more.length];
            System.arraycopy(in, at, joined, 0, in.length - at);
            System.arraycopy(more, 0, joined, in.length - at, more.length);
            in = joined;
            at = 0;
        }
    }

    /** Reads to the end of the COPY, so the connection is ready for the next statement. */
    private void drain() throws IOException {
        try {
            while (copy.readFromCopy() != null) {
                // nothing after the trailer
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
