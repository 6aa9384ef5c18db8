package tagcat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into physical lines and decodes each one on its own, so a bad byte spoils one line, not
 * the file, and a huge line costs at most {@link #MAX_LINE_BYTES} of memory.
 *
 * <p>Lines end at {@code \n}; a {@code \r} right before it is dropped (a lone {@code \r} is content, which
 * {@link ControlCharacters} makes a malformed line). The last line needs no terminator. A UTF-8 byte order mark at
 * the start of a line is skipped: files joined with {@code cat} keep theirs at the start of each.
 */
final class LineReader {
    static final int MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;

    private byte[] line = new byte[1 << 12];
    private ByteBuffer lineBuffer = ByteBuffer.wrap(line);
    private int start;
    private int length;
    private boolean tooLong;
    private long lineNumber;

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer chars = CharBuffer.allocate(1 << 12);

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Reads the next line; false at the end of the input. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        if (pos == limit && !fill()) {
            return false;
        }
        while (true) {
            int nl = LineChunks.indexOfNewline(buf, pos, limit);
            int end = nl < 0 ? limit : nl;
            append(pos, end - pos);
            if (nl >= 0) {
                pos = nl + 1;
                break;
            }
            pos = limit;
            if (!fill()) {
                break;
            }
        }
        lineNumber++;
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        tooLong |= length > MAX_LINE_BYTES;
        start = 0;
        if (!tooLong && length >= 3
                && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
            start = 3;
        }
        return true;
    }

    /** Bytes read from the stream but not yet split into lines (they start at a line start); hands them over. */
    byte[] takeBuffered() {
        byte[] rest = Arrays.copyOfRange(buf, pos, limit);
        pos = limit;
        return rest;
    }

    /** 1-based number of the current line. */
    long lineNumber() {
        return lineNumber;
    }

    /** True if the current line has more than {@link #MAX_LINE_BYTES} bytes; its content was not kept. */
    boolean tooLong() {
        return tooLong;
    }

    /** The current line's bytes (without terminator and byte order mark), or null if it was too long to keep. */
    byte[] bytes() {
        return tooLong ? null : Arrays.copyOfRange(line, start, length);
    }

    /** The current line decoded as UTF-8, or null if it is not valid UTF-8 (or too long). */
    String text() {
        if (tooLong) {
            return null;
        }
        int n = length - start;
        boolean ascii = true;
        for (int i = start; i < length; i++) {
            if (line[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(line, start, n, StandardCharsets.ISO_8859_1); // compact Latin-1 string, no decoding
        }
        if (chars.capacity() < n) {
            chars = CharBuffer.allocate(Math.max(n, 2 * chars.capacity())); // UTF-8 never has more chars than bytes
        }
        chars.clear();
        lineBuffer.limit(length).position(start);
        decoder.reset();
        CoderResult result = decoder.decode(lineBuffer, chars, true);
        if (result.isError() || decoder.flush(chars).isError()) {
            return null;
        }
        return chars.flip().toString();
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            pos = limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }


    /** Keeps up to MAX_LINE_BYTES + 1 bytes (room for a final '\r'); past that, marks the line too long and drops it. */
    private void append(int from, int n) {
        if (tooLong || n == 0) {
            return;
        }
        int needed = length + n;
        if (needed > MAX_LINE_BYTES + 1) {
            tooLong = true;
            length = 0;
            return;
        }
        if (needed > line.length) {
            line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES + 1, Math.max(needed, 2 * line.length)));
            lineBuffer = ByteBuffer.wrap(line);
        }
        System.arraycopy(buf, from, line, length, n);
        length = needed;
    }
}
