package tagcat.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Consecutive posts of one input, parsed together: each post's tags as ids into the batch's own small
 * vocabulary (first-seen order). A sink that interns tags ({@code TagCorpus}) then looks up each
 * distinct tag of the batch once instead of every occurrence.
 */
public final class PostBatch {
    private final String source;
    private final List<String> terms;
    private final long[] lines;
    private final int[] indptr;
    private final int[] tagIds;
    private final int size;

    PostBatch(String source, List<String> terms, long[] lines, int[] indptr, int[] tagIds, int size) {
        this.source = source;
        this.terms = terms;
        this.lines = lines;
        this.indptr = indptr;
        this.tagIds = tagIds;
        this.size = size;
    }

    public String source() {
        return source;
    }

    /** Number of posts. */
    public int size() {
        return size;
    }

    /** Distinct tags of the batch; tag ids index into it. */
    public List<String> terms() {
        return terms;
    }

    public long line(int post) {
        return lines[post];
    }

    public int start(int post) {
        return indptr[post];
    }

    public int end(int post) {
        return indptr[post + 1];
    }

    public int tagId(int j) {
        return tagIds[j];
    }

    private volatile int[] termIds;

    /** Records the ids a sink gave this batch's terms on the parsing thread ({@link PostBatchSink#prepare}). */
    public void resolveTerms(int[] ids) {
        this.termIds = ids;
    }

    /** The ids recorded by {@link #resolveTerms}, or null. */
    public int[] resolvedTerms() {
        return termIds;
    }

    /** Chunk-parsed batches number their lines from 1 within the chunk; the reader shifts them once it knows where the chunk starts. */
    void shiftLines(long before) {
        for (int i = 0; i < size; i++) {
            lines[i] += before;
        }
    }

    /** Tag occurrences in the batch. */
    public int occurrences() {
        return indptr[size];
    }

    /** {@code dest[at + j] = ids[tagId(j)]} for every occurrence j: the batch's tags in another vocabulary. */
    public void copyTagIds(int[] ids, int[] dest, int at) {
        for (int j = 0, n = indptr[size]; j < n; j++) {
            dest[at + j] = ids[tagIds[j]];
        }
    }

    public Post post(int i) {
        List<String> tags = new ArrayList<>(end(i) - start(i));
        for (int j = start(i); j < end(i); j++) {
            tags.add(terms.get(tagIds[j]));
        }
        return new Post(source, lines[i], tags);
    }

    /**
     * Builds a batch one post at a time. Tags are interned in an open-addressing table keyed by the
     * tag's chars, so the fast path for plain-ASCII tags ({@link TagsFormat#parseInto}) can look a
     * tag up straight from the line, lower-casing as it hashes, without making a String first.
     */
    static final class Builder {
        private final List<String> terms = new ArrayList<>();
        /** The bytes of the plain-ASCII terms, one after another. */
        private byte[] arena = new byte[1 << 14];
        private int arenaSize;
        /** Per term: (start in the arena << 32 | length), or -1 when the term is not ASCII. */
        private long[] ascii = new long[256];
        private byte[] lowered = new byte[64];
        /**
         * Open addressing: (String hash << 32 | id + 1), 0 for empty. Keeping the hash in the slot means
         * a probe reads one array until the hashes match: fewer cache misses per tag.
         */
        private long[] table = new long[1 << 12];
        private long[] lines = new long[256];
        private int[] indptr = new int[257];
        private int[] tagIds = new int[2048];
        private int size;
        private int[] post = new int[32];
        private int postSize;

        /** Adds a post of normalized, distinct tags. */
        void add(long line, List<String> tags) {
            startPost();
            for (String t : tags) {
                addTag(intern(t));
            }
            endPost(line);
        }

        void startPost() {
            postSize = 0;
        }

        /** Adds a tag id to the current post unless it is already there (tags are de-duplicated). */
        void addTag(int id) {
            for (int i = 0; i < postSize; i++) {
                if (post[i] == id) {
                    return;
                }
            }
            if (postSize == post.length) {
                post = Arrays.copyOf(post, postSize * 2);
            }
            post[postSize++] = id;
        }

        int postSize() {
            return postSize;
        }

        void endPost(long line) {
            if (size + 1 == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
                indptr = Arrays.copyOf(indptr, lines.length + 1);
            }
            int at = indptr[size];
            if (at + postSize > tagIds.length) {
                tagIds = Arrays.copyOf(tagIds, Math.max(tagIds.length * 2, at + postSize));
            }
            System.arraycopy(post, 0, tagIds, at, postSize);
            lines[size++] = line;
            indptr[size] = at + postSize;
        }

        /** Id of a normalized tag. */
        int intern(String tag) {
            int h = tag.hashCode();
            int mask = table.length - 1;
            for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
                long e = table[i];
                if (e == 0) {
                    return insert(i, tag, h);
                }
                if ((int) (e >>> 32) == h && terms.get((int) e - 1).equals(tag)) {
                    return (int) e - 1;
                }
            }
        }

        /**
         * Id of the ASCII chars {@code line[from, to)} lower-cased: the same id {@link #intern} gives the
         * lower-cased String (the hash is String.hashCode of the lower-cased chars).
         */
        int internAsciiLowerCase(String line, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + lower(line.charAt(i));
            }
            int mask = table.length - 1;
            for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
                long e = table[i];
                if (e == 0) {
                    char[] c = new char[to - from];
                    for (int q = from; q < to; q++) {
                        c[q - from] = lower(line.charAt(q));
                    }
                    return insert(i, new String(c), h);
                }
                if ((int) (e >>> 32) != h) {
                    continue;
                }
                String t = terms.get((int) e - 1);
                if (t.length() == to - from && sameLowerCase(t, line, from)) {
                    return (int) e - 1;
                }
            }
        }

        /** A scratch buffer of at least {@code length} bytes for {@link #internLowered}. */
        byte[] lowered(int length) {
            if (lowered.length < length) {
                lowered = new byte[Math.max(length, 2 * lowered.length)];
            }
            return lowered;
        }

        /**
         * Id of the lower-cased ASCII tag {@code low[0, len)} whose String hash is {@code h}: the same
         * id {@link #intern} gives that String, found by comparing bytes, without making a String.
         */
        int internLowered(byte[] low, int len, int h) {
            int mask = table.length - 1;
            for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
                long e = table[i];
                if (e == 0) {
                    return insert(i, new String(low, 0, len, StandardCharsets.ISO_8859_1), h);
                }
                if ((int) (e >>> 32) == h) {
                    long where = ascii[(int) e - 1];
                    if (where >= 0 && (int) where == len && sameBytes((int) (where >>> 32), low, len)) {
                        return (int) e - 1;
                    }
                }
            }
        }

        /** A plain loop: tags are short, and {@code Arrays.equals} on ranges costs more in checks than it saves. */
        private boolean sameBytes(int start, byte[] b, int len) {
            byte[] a = arena;
            for (int i = 0; i < len; i++) {
                if (a[start + i] != b[i]) {
                    return false;
                }
            }
            return true;
        }

        private static boolean sameLowerCase(String term, String line, int from) {
            for (int q = 0; q < term.length(); q++) {
                if (term.charAt(q) != lower(line.charAt(from + q))) {
                    return false;
                }
            }
            return true;
        }

        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }

        private static int mix(int h) {
            return h ^ (h >>> 16) ^ (h >>> 7);
        }

        private int insert(int slot, String tag, int h) {
            int id = terms.size();
            if (id == ascii.length) {
                ascii = Arrays.copyOf(ascii, id * 2);
            }
            ascii[id] = -1;
            if (isAscii(tag)) {
                if (arenaSize + tag.length() > arena.length) {
                    arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + tag.length()));
                }
                for (int q = 0; q < tag.length(); q++) {
                    arena[arenaSize + q] = (byte) tag.charAt(q);
                }
                ascii[id] = (long) arenaSize << 32 | tag.length();
                arenaSize += tag.length();
            }
            terms.add(tag);
            table[slot] = (long) h << 32 | terms.size();
            if (terms.size() * 2 > table.length) {
                rehash();
            }
            return terms.size() - 1;
        }

        private static boolean isAscii(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }

        private void rehash() {
            long[] t = new long[table.length * 2];
            int mask = t.length - 1;
            for (long e : table) {
                if (e != 0) {
                    int i = mix((int) (e >>> 32)) & mask;
                    while (t[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    t[i] = e;
                }
            }
            table = t;
        }

        PostBatch build(String source) {
            return new PostBatch(source, List.copyOf(terms), lines, indptr, tagIds, size);
        }
    }
}
