package tagcat.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One parsing thread's own table from plain-ASCII tags, as they stand in the input's bytes, to their
 * {@link TagIds} ids. It lives as long as the thread reads, so after the first few thousand lines
 * almost every tag is found here, by comparing bytes, without making a String or touching shared
 * state. Keys are compared lower-cased: {@code SEA} and {@code sea} find the same entry.
 */
final class AsciiTagTable {
    private final TagIds ids;
    /** Open addressing: (hash << 32 | entry + 1), 0 for empty; the hash in the slot saves most key reads. */
    private long[] slots = new long[1 << 14];
    private int shift = 32 - 14;
    /** Per entry: start of its lower-cased bytes in the arena << 32 | their length. */
    private long[] keys = new long[1 << 12];
    private int[] entryIds = new int[1 << 12];
    private int entries;
    private byte[] arena = new byte[1 << 16];
    private int arenaSize;

    AsciiTagTable(TagIds ids) {
        this.ids = ids;
    }

    /** The hash {@link #id} expects, for a tag's lower-cased bytes: fold each byte in with this. */
    static int hash(int h, int lowerCaseByte) {
        return 31 * h + lowerCaseByte;
    }

    /**
     * The id of the tag whose bytes are {@code b[from, to)} (ASCII, any case) lower-cased;
     * {@code h} is their {@link #hash} over the lower-cased bytes.
     */
    int id(byte[] b, int from, int to, int h) {
        int len = to - from;
        for (int i = (h * 0x9E3779B9) >>> shift; ; i = (i + 1) & (slots.length - 1)) {
            long slot = slots[i];
            if (slot == 0) {
                return insert(i, b, from, len, h);
            }
            if ((int) (slot >>> 32) == h) {
                int e = (int) slot - 1;
                long key = keys[e];
                if ((int) key == len && sameLowerCase(arena, (int) (key >>> 32), b, from, len)) {
                    return entryIds[e];
                }
            }
        }
    }

    /** A plain loop: tags are short, and {@code Arrays.equals} on ranges costs more in checks than it saves. */
    private static boolean sameLowerCase(byte[] lower, int at, byte[] b, int from, int len) {
        for (int q = 0; q < len; q++) {
            if (lower[at + q] != lower(b[from + q])) {
                return false;
            }
        }
        return true;
    }

    static byte lower(byte c) {
        return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
    }

    private int insert(int slot, byte[] b, int from, int len, int h) {
        if (arenaSize + len > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + len));
        }
        for (int q = 0; q < len; q++) {
            arena[arenaSize + q] = lower(b[from + q]);
        }
        int id = ids.id(new String(arena, arenaSize, len, StandardCharsets.ISO_8859_1));
        if (entries == keys.length) {
            keys = Arrays.copyOf(keys, entries * 2);
            entryIds = Arrays.copyOf(entryIds, entries * 2);
        }
        keys[entries] = (long) arenaSize << 32 | len;
        entryIds[entries] = id;
        arenaSize += len;
        slots[slot] = (long) h << 32 | ++entries;
        if (entries * 2 > slots.length) {
            grow();
        }
        return id;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        shift--;
        for (long slot : old) {
            if (slot != 0) {
                int i = ((int) (slot >>> 32) * 0x9E3779B9) >>> shift;
                while (slots[i] != 0) {
                    i = (i + 1) & (slots.length - 1);
                }
                slots[i] = slot;
            }
        }
    }
}
