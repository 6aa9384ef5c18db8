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

    /** Open addressing: (hash << 32 | id + 1), 0 for empty; the hash in the slot saves most key reads. */
    private long[] slots = new long[1 << 12];
    private int shift = 32 - 12;
    /** Per id: index of its first word in {@link #words} << 32 | its length in bytes; -1 for a non-ASCII tag. */
    private long[] keys = new long[1 << 10];
    /** Per id: the tag, made on first request for ASCII tags (guarded by this). */
    private String[] terms = new String[1 << 10];
    private int size;
    /** The ASCII keys, lower-cased, each in whole little-endian words padded with zero bytes. */
    private long[] words = new long[1 << 11];
    private int wordCount;
    /** The current tag's lower-cased words. */
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
        byte[] b = Arrays.copyOf(tag.getBytes(StandardCharsets.ISO_8859_1), n + 8);
        return id(b, 0, n);
    }

    /** The tag numbered {@code id}. */
    public synchronized String term(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("no tag numbered " + id + " (" + size + " so far)");
        }
        String t = terms[id];
        if (t == null) {
            long key = keys[id];
            int len = (int) key;
            int at = (int) (key >>> 32);
            byte[] chars = new byte[len];
            for (int q = 0; q < len; q++) {
                chars[q] = (byte) (words[at + (q >>> 3)] >>> ((q & 7) << 3));
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
     * if it is new.
     */
    int id(byte[] b, int from, int to) {
        if (to + 8 > b.length) { // no room to read whole words: copy to a buffer that has it
            byte[] padded = Arrays.copyOfRange(b, from, to + 8);
            return id(padded, 0, to - from);
        }
        int len = to - from;
        int n = (len + 7) >>> 3;
        if (n > tag.length) {
            tag = new long[Math.max(n, 2 * tag.length)];
        }
        long[] t = tag;
        long h = len;
        for (int k = 0; k < n; k++) {
            long w = lowerCase(word(b, from + (k << 3), to));
            t[k] = w;
            h = (h ^ w) * 0x9E3779B97F4A7C15L;
        }
        return lookup(len, n, (int) (h ^ (h >>> 29)));
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
            long key = other.keys[id];
            if (key < 0) {
                return id(other.terms[id]);
            }
            len = (int) key;
            n = (len + 7) >>> 3;
            if (n > tag.length) {
                tag = new long[Math.max(n, 2 * tag.length)];
            }
            System.arraycopy(other.words, (int) (key >>> 32), tag, 0, n);
        }
        long h = len;
        for (int k = 0; k < n; k++) {
            h = (h ^ tag[k]) * 0x9E3779B97F4A7C15L;
        }
        return lookup(len, n, (int) (h ^ (h >>> 29)));
    }

    /** The id of the current tag ({@link #tag}: {@code n} words, {@code len} bytes, hash {@code hash}). */
    private int lookup(int len, int n, int hash) {
        for (int i = (hash * 0x9E3779B9) >>> shift; ; i = (i + 1) & (slots.length - 1)) {
            long slot = slots[i];
            if (slot == 0) {
                return insert(i, len, n, hash);
            }
            if ((int) (slot >>> 32) == hash) {
                int id = (int) slot - 1;
                long key = keys[id];
                if ((int) key == len && sameWords((int) (key >>> 32), n)) {
                    return id;
                }
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

    private boolean sameWords(int at, int n) {
        for (int k = 0; k < n; k++) {
            if (words[at + k] != tag[k]) {
                return false;
            }
        }
        return true;
    }

    /** Numbers the current ASCII tag ({@link #tag}, {@code n} words) whose free slot is {@code slot}. */
    private synchronized int insert(int slot, int len, int n, int hash) {
        if (wordCount + n > words.length) {
            words = Arrays.copyOf(words, Math.max(words.length * 2, wordCount + n));
        }
        System.arraycopy(tag, 0, words, wordCount, n);
        int id = newId((long) wordCount << 32 | len);
        wordCount += n;
        slots[slot] = (long) hash << 32 | (id + 1);
        if (size * 2 > slots.length) {
            grow();
        }
        return id;
    }

    private synchronized int insert(String tag) {
        int id = newId(-1);
        terms[id] = tag;
        others.put(tag, id);
        return id;
    }

    private int newId(long key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            terms = Arrays.copyOf(terms, size * 2);
        }
        keys[size] = key;
        return size++;
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
            long m = (low | comma | w) & HIGHS; // w: bytes >= 0x80
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
            if (c <= ' ' || c == ',') { // bytes >= 0x80 are negative
                break;
            }
            i++;
        }
        return i;
    }
}
