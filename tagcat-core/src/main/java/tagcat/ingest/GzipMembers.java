package tagcat.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Gzip data of one or more members (RFC 1952, what {@code cat a.gz b.gz} makes), read strictly: every member's
 * CRC-32 and length (and its header checksum, when it has one) are checked, a member cut short is an error, and
 * so is anything after the last member.
 *
 * <p>Why not {@link java.util.zip.GZIPInputStream}: it stops without a word at a damaged header after the first
 * member or at trailing garbage, so half a file reads as a whole one, and it asks the stream for
 * {@code available()}, which fails with "Illegal seek" on a pipe opened as a path ({@code <(zcat ...)}).
 */
public final class GzipMembers extends InputStream {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int RESERVED = 0xE0;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    /** Compressed bytes consumed before {@code buf[0]}, for messages. */
    private long consumedBefore;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    /** The header's bytes so far, for its optional checksum (FHCRC). */
    private final CRC32 header = new CRC32();
    private boolean inHeader;
    private long memberSize;
    private int member;
    private boolean inMember;
    private boolean done;
    private final byte[] one = new byte[1];

    /** Reads gzip data from {@code in}, which must start with a member; closing this closes {@code in}. */
    public GzipMembers(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!done) {
            if (!inMember && !startMember()) {
                done = true;
                break;
            }
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new IOException("gzip member " + member + " is damaged: " + e.getMessage());
            }
            if (n > 0) {
                crc.update(b, off, n);
                memberSize += n;
                return n;
            }
            if (inflater.finished()) {
                pos = limit - inflater.getRemaining();
                endMember();
            } else if (inflater.needsDictionary()) {
                throw new IOException("gzip member " + member + " is damaged: it asks for a preset dictionary");
            } else if (inflater.needsInput()) {
                if (!fill()) {
                    throw new EOFException("gzip data cut short in member " + member + " (the file is truncated)");
                }
                inflater.setInput(buf, pos, limit - pos);
                pos = limit;
            }
        }
        return -1;
    }

    /** Reads the next member's header; false at a clean end of input after at least one member. */
    private boolean startMember() throws IOException {
        if (member > 0 && pos == limit && !fill()) {
            return false;
        }
        long at = consumedBefore + pos;
        int id1 = readByte();
        int id2 = id1 < 0 ? -1 : readByte();
        if (id1 != 0x1f || id2 != 0x8b) {
            throw new IOException(member == 0 ? "not gzip data"
                    : "data that is not gzip after member " + member + ", at byte " + at + " (trailing garbage)");
        }
        member++;
        header.reset();
        header.update(id1);
        header.update(id2);
        inHeader = true;
        int method = needByte();
        int flags = needByte();
        if (method != 8) {
            throw new IOException("gzip member " + member + " uses compression method " + method + ", not deflate");
        }
        if ((flags & RESERVED) != 0) {
            throw new IOException("gzip member " + member + " is damaged: reserved header flags are set");
        }
        skip(6); // mtime, extra flags, OS
        if ((flags & FEXTRA) != 0) {
            int xlen = needByte() | needByte() << 8;
            skip(xlen);
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        inHeader = false;
        if ((flags & FHCRC) != 0) {
            int expected = needByte() | needByte() << 8;
            if (expected != (int) (header.getValue() & 0xFFFF)) {
                throw new IOException("gzip member " + member + " is damaged: its header checksum does not match");
            }
        }
        inflater.reset();
        crc.reset();
        memberSize = 0;
        inflater.setInput(buf, pos, limit - pos);
        pos = limit;
        inMember = true;
        return true;
    }

    private void endMember() throws IOException {
        long expectedCrc = needInt();
        long expectedSize = needInt();
        if (expectedCrc != crc.getValue()) {
            throw new IOException("gzip member " + member + " is damaged: its CRC-32 does not match its data");
        }
        if (expectedSize != (memberSize & 0xFFFF_FFFFL)) {
            throw new IOException("gzip member " + member + " is damaged: its length does not match its data");
        }
        inMember = false;
    }

    private long needInt() throws IOException {
        return (needByte() | needByte() << 8 | needByte() << 16 | (long) needByte() << 24) & 0xFFFF_FFFFL;
    }

    private void skipZeroTerminated() throws IOException {
        while (needByte() != 0) {
            // a file name or comment: not used
        }
    }

    private void skip(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            needByte();
        }
    }

    private int needByte() throws IOException {
        int b = readByte();
        if (b < 0) {
            throw new EOFException("gzip data cut short in member " + member + " (the file is truncated)");
        }
        if (inHeader) {
            header.update(b);
        }
        return b;
    }

    private int readByte() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    /** Refills the buffer from the input; false at its end. Only called when the buffer is used up. */
    private boolean fill() throws IOException {
        consumedBefore += limit;
        pos = 0;
        limit = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
