package tagcat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into chunks of whole lines, so that workers can split, decode and parse the lines
 * while the reading thread only copies bytes (the line-by-line {@link LineReader} does that work on the
 * reading thread). Lines end as in {@link LineReader}; a chunk holds whole lines, except that the last
 * chunk of the stream may end without a terminator. A line longer than {@link LineReader#MAX_LINE_BYTES}
 * that does not fit a chunk is skipped and comes back as a chunk marked {@code tooLongLine}, standing for
 * exactly that one malformed line, so memory stays bounded whatever the input. A chunk's buffer holds
 * at least {@link #PADDING} bytes after its data.
 */
final class LineChunks {
    /** About this many bytes per chunk: some ten thousand posts, enough to amortize a hand-off. */
    static final int CHUNK_BYTES = 1 << 22;

    /** Bytes {@code [0, length)} of whole lines, or (tooLongLine) one line too long to keep. */
    record Chunk(byte[] bytes, int length, boolean tooLongLine) {
    }

    private final InputStream in;
    /** Buffers of parsed chunks, handed back by the workers: reused rather than allocated and zeroed again. */
    private final java.util.concurrent.ConcurrentLinkedQueue<byte[]> free = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private byte[] carry;
    private int carryLength;
    private boolean eof;

    /** @param buffered bytes already read from {@code in} (starting at a line start) that come first */
    LineChunks(InputStream in, byte[] buffered) {
        this.in = in;
        this.carry = buffered;
        this.carryLength = buffered.length;
    }

    /** The next chunk, or null at the end of the stream. */
    Chunk next() throws IOException {
        while (true) {
            byte[] buf;
            if (nextSize < CHUNK_BYTES) { // the first chunks: small and growing four-fold, so that a small input
                buf = new byte[Math.max(nextSize, 2 * carryLength) + PADDING]; // does not allocate megabytes
                nextSize *= 4;
            } else if (carryLength <= SLACK) { // the usual case: a pooled buffer of a fixed size
                buf = buffer();
            } else {
                buf = new byte[carryLength + CHUNK_BYTES + PADDING];
            }
            System.arraycopy(carry, 0, buf, 0, carryLength);
            int n = carryLength;
            carryLength = 0;
            int limit = buf.length - PADDING;
            while (n < limit && !eof) {
                int r = in.read(buf, n, limit - n);
                if (r < 0) {
                    eof = true;
                } else {
                    n += r;
                }
            }
            if (n == 0) {
                return null;
            }
            if (eof) {
                return new Chunk(buf, n, false);
            }
            int last = lastNewline(buf, n);
            if (last >= 0) {
                carry = Arrays.copyOfRange(buf, last + 1, n);
                carryLength = n - last - 1;
                return new Chunk(buf, last + 1, false);
            }
            if (n > LineReader.MAX_LINE_BYTES + 1) {
                skipRestOfLine();
                return new Chunk(null, 0, true);
            }
            carry = buf; // a long line: read on until its end
            carryLength = n;
        }
    }

    /** A chunk's bytes are no longer needed (thread-safe). */
    void recycle(Chunk chunk) {
        if (chunk.bytes() != null && chunk.bytes().length == CHUNK_BYTES + SLACK) {
            free.add(chunk.bytes());
        }
    }

    /** Room beyond {@link #CHUNK_BYTES} in a pooled buffer for the part line carried over. */
    private static final int SLACK = 1 << 16;
    /**
     * Bytes after a chunk's data that are never filled, so that two words (16 bytes) can be read at any
     * index of the data without a bounds check per word ({@link TagDictionary}).
     */
    static final int PADDING = 16;

    private byte[] buffer() {
        byte[] b = free.poll();
        return b != null ? b : new byte[CHUNK_BYTES + SLACK];
    }

    private static final int FIRST_CHUNK_BYTES = 1 << 12;
    private int nextSize = FIRST_CHUNK_BYTES;

    /** Discards bytes up to and including the next '\n'; what follows it is kept for the next chunk. */
    private void skipRestOfLine() throws IOException {
        byte[] buf = new byte[1 << 16];
        while (true) {
            int r = in.read(buf, 0, buf.length);
            if (r < 0) {
                eof = true;
                return;
            }
            for (int i = 0; i < r; i++) {
                if (buf[i] == '\n') {
                    carry = Arrays.copyOfRange(buf, i + 1, r);
                    carryLength = r - i - 1;
                    return;
                }
            }
        }
    }

    private static int lastNewline(byte[] b, int n) {
        for (int i = n - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first '\n' in {@code b[from, to)}, or -1. */
    static int indexOfNewline(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
