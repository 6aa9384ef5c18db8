package tagcat.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One parsing thread's numbering of the distinct normalized tags it meets: 0, 1, 2, ... It lives as long
 * as the thread reads, so after the first few thousand lines almost every tag is found here, and a
 * plain-ASCII tag is found straight from the input's bytes: compared lower-cased ({@code SEA} finds
 * {@code sea}), eight bytes at a time, without making a String or touching shared state. Consumers
 * merge the numberings of several threads in input order ({@code TagCorpus}).
 *
 * <p>Only its own thread numbers tags; {@link #term} and {@link #size} may be called from any thread
 * for ids it has handed out (they and numbering synchronize on the dictionary).
 */
public final class TagDictionary {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** Open addressing over ids: id + 1, 0 for empty. Small, so it stays in cache; the entries hold the keys. */
    private int[] slots = new int[1 << 12];
    private int shift = 32 - 12;
    /**
     * Per id, {@value #STRIDE} longs: hash << 32 | length in bytes (-1 for a non-ASCII tag), the key's first
     * two words, and where its further words start in {@link #words}. One entry is one cache line or two,
     * so a tag of up to 16 bytes (most tags) is found with two memory reads: its slot and its entry.
     */
    private long[] entries = new long[STRIDE << 10];
    private static final int STRIDE = 4;
    /** Per id: the tag, made on first request for ASCII tags (guarded by this). */
    private String[] terms = new String[1 << 10];
    private int size;
    /** The ASCII keys' words beyond their second, lower-cased, little-endian, padded with zero bytes. */
    private long[] words = new long[1 << 8];
    private int wordCount;
    /** The current tag's lower-cased words (at least two, zero beyond its length). */
    private long[] tag = new long[32];
    /** Tags that are not plain ASCII. */
    private final Map<String, Integer> others = new HashMap<>();

    /** The id of a normalized tag, numbering it if it is new. */
    public int id(String tag) {
        int n = tag.length();
        for (int i = 0; i < n; i++) {
            if (tag.charAt(i) >= 0x80) {
                Integer id = others.get(tag);
                return id != null ? id : insert(tag);
            }
        }
        byte[] b = Arrays.copyOf(tag.getBytes(StandardCharsets.ISO_8859_1), n + 16);
        return id(b, 0, n);
    }

    /** The tag numbered {@code id}. */
    public synchronized String term(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("no tag numbered " + id + " (" + size + " so far)");
        }
        String t = terms[id];
        if (t == null) {
            int e = id * STRIDE;
            int len = (int) entries[e];
            byte[] chars = new byte[len];
            for (int q = 0; q < len; q++) {
                long w = q < 16 ? entries[e + 1 + (q >>> 3)] : words[(int) entries[e + 3] + (q >>> 3) - 2];
                chars[q] = (byte) (w >>> ((q & 7) << 3));
            }
            t = new String(chars, StandardCharsets.ISO_8859_1);
            terms[id] = t;
        }
        return t;
    }

    /** How many tags are numbered. */
    public synchronized int size() {
        return size;
    }

    /**
     * The id of the tag whose bytes are {@code b[from, to)} (ASCII, any case) lower-cased, numbering it
     * if it is new. Tags of up to 16 bytes take a path without loops: two words read, masked, hashed.
     */
    int id(byte[] b, int from, int to) {
        int len = to - from;
        if (((len - 1) & ~15) != 0 || from + 16 > b.length) { // not 1 to 16 bytes, or too near the end
            return idOfLong(b, from, to);
        }
        return idOfShort((long) LONGS.get(b, from), (long) LONGS.get(b, from + 8), len);
    }

    /** The id of the tag of {@code len} (1 to 16) bytes that start the words {@code w0, w1} (as read, any case). */
    private int idOfShort(long w0, long w1, int len) {
        int bits0 = Math.min(len, 8) << 3; // 8..64
        int half1 = Math.max(len - 8, 0) << 2; // half the second word's bits: 0..32
        w0 = lowerCase(w0 & (-1L >>> (64 - bits0)));
        w1 = lowerCase(w1 & ~((-1L << half1) << half1));
        int hash = hash(w0, w1, len);
        long head = (long) hash << 32 | len;
        long[] e = entries;
        for (int i = (hash * 0x9E3779B9) >>> shift; ; i = (i + 1) & (slots.length - 1)) {
            int s = slots[i] - 1;
            if (s < 0) {
                tag[0] = w0;
                tag[1] = w1;
                return insert(i, len, hash);
            }
            int at = s * STRIDE;
            if (e[at] == head && e[at + 1] == w0 && e[at + 2] == w1) {
                return s;
            }
        }
    }

    /** {@link #id(byte[], int, int)} for tags longer than 16 bytes, or too near the array's end to read two words. */
    private int idOfLong(byte[] b, int from, int to) {
        if (to + 8 > b.length) { // no room to read whole words: copy to a buffer that has it
            byte[] padded = Arrays.copyOfRange(b, from, to + 16);
            return id(padded, 0, to - from);
        }
        int len = to - from;
        int n = Math.max(2, (len + 7) >>> 3);
        if (n > tag.length) {
            tag = new long[Math.max(n, 2 * tag.length)];
        }
        for (int k = 0; k < n; k++) {
            int at = from + (k << 3);
            tag[k] = at >= to ? 0 : lowerCase(word(b, at, to));
        }
        return lookup(len, n);
    }

    /**
     * The id here of the tag numbered {@code id} in {@code other}, numbering it if it is new: how the
     * numberings of several parsing threads are merged. ASCII tags are copied as words, no String made.
     */
    public int idOf(TagDictionary other, int id) {
        int len;
        int n;
        synchronized (other) {
            if (id < 0 || id >= other.size) {
                throw new IndexOutOfBoundsException("no tag numbered " + id + " (" + other.size + " so far)");
            }
            int e = id * STRIDE;
            len = (int) other.entries[e];
            if (len < 0) {
                return id(other.terms[id]);
            }
            n = Math.max(2, (len + 7) >>> 3);
            if (n > tag.length) {
                tag = new long[Math.max(n, 2 * tag.length)];
            }
            tag[0] = other.entries[e + 1];
            tag[1] = other.entries[e + 2];
            System.arraycopy(other.words, (int) other.entries[e + 3], tag, 2, n - 2);
        }
        return lookup(len, n);
    }

    private static int hash(long w0, long w1, int len) {
        long h = (w0 * 0x9E3779B97F4A7C15L + w1) * 0xC2B2AE3D27D4EB4FL + len;
        return (int) (h ^ (h >>> 32));
    }

    /** The id of the current tag ({@link #tag}: {@code n} >= 2 words, {@code len} bytes), numbering it if new. */
    private int lookup(int len, int n) {
        long h = hash(tag[0], tag[1], len);
        for (int k = 2; k < n; k++) {
            h = (h ^ tag[k]) * 0x9E3779B97F4A7C15L;
        }
        int hash = n == 2 ? (int) h : (int) (h ^ (h >>> 32));
        long head = (long) hash << 32 | len;
        for (int i = (hash * 0x9E3779B9) >>> shift; ; i = (i + 1) & (slots.length - 1)) {
            int s = slots[i] - 1;
            if (s < 0) {
                return insert(i, len, hash);
            }
            int at = s * STRIDE;
            if (entries[at] == head && entries[at + 1] == tag[0] && entries[at + 2] == tag[1]
                    && sameWords((int) entries[at + 3], n)) {
                return s;
            }
        }
    }

    /** The up to 8 bytes {@code b[at, min(at + 8, to))} as a little-endian word, zero beyond {@code to}. */
    private static long word(byte[] b, int at, int to) {
        int r = to - at;
        long w = (long) LONGS.get(b, at);
        return r >= 8 ? w : w & ((1L << (r << 3)) - 1);
    }

    /** 'A'-'Z' to 'a'-'z' in each byte of a word of ASCII bytes. */
    static long lowerCase(long w) {
        long atLeastA = w + 0x3F * ONES; // high bit set where byte >= 'A'
        long aboveZ = w + 0x25 * ONES; // high bit set where byte > 'Z'
        return w | ((atLeastA & ~aboveZ & HIGHS) >>> 2);
    }

    /** Whether the current tag's words beyond its second equal {@code words[at...]}. */
    private boolean sameWords(int at, int n) {
        for (int k = 2; k < n; k++) {
            if (words[at + k - 2] != tag[k]) {
                return false;
            }
        }
        return true;
    }

    /** Numbers the current ASCII tag ({@link #tag}, {@code len} bytes) whose free slot is {@code slot}. */
    private synchronized int insert(int slot, int len, int hash) {
        int n = Math.max(2, (len + 7) >>> 3);
        if (wordCount + n - 2 > words.length) {
            words = Arrays.copyOf(words, Math.max(words.length * 2, wordCount + n));
        }
        System.arraycopy(tag, 2, words, wordCount, n - 2);
        int id = newId((long) hash << 32 | len, tag[0], tag[1], wordCount);
        wordCount += n - 2;
        slots[slot] = id + 1;
        if (size * 2 > slots.length) {
            grow();
        }
        return id;
    }

    private synchronized int insert(String tag) {
        int id = newId(-1, 0, 0, 0);
        terms[id] = tag;
        others.put(tag, id);
        return id;
    }

    private int newId(long head, long w0, long w1, int wordsAt) {
        if (size == terms.length) {
            entries = Arrays.copyOf(entries, size * 2 * STRIDE);
            terms = Arrays.copyOf(terms, size * 2);
        }
        int e = size * STRIDE;
        entries[e] = head;
        entries[e + 1] = w0;
        entries[e + 2] = w1;
        entries[e + 3] = wordsAt;
        return size++;
    }

    /** Doubles the slots: called a handful of times per dictionary, each id placed again by its stored hash. */
    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        shift--;
        for (int s : old) {
            if (s != 0) {
                place(s, (int) (entries[(s - 1) * STRIDE] >>> 32));
            }
        }
    }

    private void place(int s, int hash) {
        int i = (hash * 0x9E3779B9) >>> shift;
        while (slots[i] != 0) {
            i = (i + 1) & (slots.length - 1);
        }
        slots[i] = s;
    }

    /**
     * Where the token starting at {@code from} ends: the first byte at or after it that is a separator
     * (up to U+0020, or ','), or not ASCII; {@code to} if none comes before it. Eight bytes at a time.
     */
    static int tokenEnd(byte[] b, int from, int to) {
        if (to + 8 > b.length) {
            return tokenEndByBytes(b, from, to);
        }
        for (int i = from; i < to; i += 8) {
            long w = (long) LONGS.get(b, i);
            long low = (w - 0x21 * ONES) & ~w; // bytes < 0x21 (the lowest flagged one is exact)
            long x = w ^ (',' * ONES);
            long comma = (x - ONES) & ~x; // bytes == ','
            long y = w ^ (0x7F * ONES);
            long del = (y - ONES) & ~y; // bytes == DEL
            long m = (low | comma | del | w) & HIGHS; // w: bytes >= 0x80
            if (m != 0) {
                return Math.min(to, i + (Long.numberOfTrailingZeros(m) >>> 3));
            }
        }
        return to;
    }

    private static int tokenEndByBytes(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c <= ' ' || c == ',' || c == 0x7F) { // bytes >= 0x80 are negative
                break;
            }
            i++;
        }
        return i;
    }
}
