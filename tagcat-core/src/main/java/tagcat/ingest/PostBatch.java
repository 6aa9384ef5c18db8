package tagcat.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Consecutive posts of one input, parsed together: each post's tags as ids in the parsing thread's
 * {@link TagDictionary}, so a sink that keeps ids ({@code TagCorpus}) takes a batch without looking
 * any tag up.
 */
public final class PostBatch {
    private final String source;
    private final TagDictionary dictionary;
    private final long[] lines;
    private final int[] indptr;
    private final int[] tagIds;
    private final int size;
    private final int[] newTagIds;
    /** Added to the line numbers as parsed ({@link #shiftLines}); set before the batch is delivered. */
    private long lineBase;

    PostBatch(String source, TagDictionary dictionary, long[] lines, int[] indptr, int[] tagIds, int size,
              int[] newTagIds) {
        this.source = source;
        this.dictionary = dictionary;
        this.lines = lines;
        this.indptr = indptr;
        this.tagIds = tagIds;
        this.size = size;
        this.newTagIds = newTagIds;
    }

    public String source() {
        return source;
    }

    /** Number of posts. */
    public int size() {
        return size;
    }

    /** What the tag ids are numbers in. */
    public TagDictionary dictionary() {
        return dictionary;
    }

    public long line(int post) {
        return lineBase + lines[post];
    }

    public int start(int post) {
        return indptr[post];
    }

    public int end(int post) {
        return indptr[post + 1];
    }

    /** The {@link #dictionary} id of the j-th tag occurrence (j from {@code start(p)} to {@code end(p)} of some post p). */
    public int tagId(int j) {
        return tagIds[j];
    }

    /**
     * The tag ids that no post of an earlier batch from the same builder (so of the same dictionary)
     * holds, in the order of their first occurrence in this batch: whoever takes a builder's batches in
     * order meets every tag of the dictionary here first, without scanning the occurrences.
     */
    public int[] newTagIds() {
        return newTagIds.clone();
    }

    /** Tag occurrences in the batch. */
    public int occurrences() {
        return indptr[size];
    }

    /** Chunk-parsed batches number their lines from 1 within the chunk; the reader shifts them once it knows where the chunk starts. */
    void shiftLines(long before) {
        lineBase = before;
    }

    public Post post(int i) {
        List<String> tags = new ArrayList<>(end(i) - start(i));
        for (int j = start(i); j < end(i); j++) {
            tags.add(dictionary.term(tagIds[j]));
        }
        return new Post(source, line(i), tags);
    }

    /**
     * Builds batches one post at a time. One builder serves one parsing thread for a whole read and is
     * reused from batch to batch: its arrays and its {@link TagDictionary} stay warm.
     */
    public static final class Builder {
        private final TagDictionary dictionary = new TagDictionary();
        private long[] lines = new long[1024];
        private int[] indptr = new int[1025];
        private int[] tagIds = new int[1 << 13];
        private int size;
        private int[] post = new int[32];
        private int postSize;
        /** Per dictionary id: the number of the last post it was added to, so a repeat is found in one step. */
        private int[] inPost = new int[1024];
        /** The current post's number (never 0, which {@link #inPost} starts at). */
        private int postNumber;
        /** Per dictionary id: whether a post built here holds it. */
        private boolean[] held = new boolean[1024];
        /** Ids first held by a post of the current batch, in order. */
        private int[] newIds = new int[256];
        private int newIdCount;
        private int newIdsBeforeLastPost;

        public Builder() {
        }

        /** Adds a post of normalized, distinct tags (at least one, as a {@link Post} has). */
        public void add(long line, List<String> tags) {
            if (tags.isEmpty()) {
                throw new IllegalArgumentException("line " + line + ": a post needs at least one tag");
            }
            startPost();
            for (String t : tags) {
                addTag(dictionary.id(t));
            }
            endPost(line);
        }

        void startPost() {
            postSize = 0;
            if (++postNumber == 0) { // wrapped round: forget every earlier post
                Arrays.fill(inPost, 0);
                postNumber = 1;
            }
        }

        /** Adds a tag id to the current post unless it is already there (tags are de-duplicated). */
        void addTag(int id) {
            if (id >= inPost.length) {
                inPost = Arrays.copyOf(inPost, Math.max(2 * inPost.length, id + 1));
            }
            if (inPost[id] == postNumber) {
                return;
            }
            inPost[id] = postNumber;
            if (postSize == post.length) {
                post = Arrays.copyOf(post, postSize * 2);
            }
            post[postSize++] = id;
        }

        int postSize() {
            return postSize;
        }

        /** Posts added since the last build. */
        int size() {
            return size;
        }

        /** Takes back the last post added. */
        void dropLast() {
            size--;
            for (int k = newIdsBeforeLastPost; k < newIdCount; k++) {
                held[newIds[k]] = false;
            }
            newIdCount = newIdsBeforeLastPost;
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
            newIdsBeforeLastPost = newIdCount;
            for (int i = 0; i < postSize; i++) {
                int id = post[i];
                if (id >= held.length || !held[id]) {
                    hold(id);
                }
            }
        }

        private void hold(int id) {
            if (id >= held.length) {
                held = Arrays.copyOf(held, Math.max(2 * held.length, id + 1));
            }
            held[id] = true;
            if (newIdCount == newIds.length) {
                newIds = Arrays.copyOf(newIds, 2 * newIdCount);
            }
            newIds[newIdCount++] = id;
        }

        /** Id of a normalized tag. */
        int id(String tag) {
            return dictionary.id(tag);
        }

        /** Id of the plain-ASCII tag {@code b[from, to)} lower-cased. */
        int idOfAscii(byte[] b, int from, int to) {
            return dictionary.id(b, from, to);
        }

        /** The posts added since the last build, as a batch of their own; the builder starts afresh. */
        public PostBatch build(String source) {
            PostBatch batch = new PostBatch(source, dictionary, Arrays.copyOf(lines, size), Arrays.copyOf(indptr, size + 1),
                    Arrays.copyOf(tagIds, indptr[size]), size, Arrays.copyOf(newIds, newIdCount));
            newIdCount = 0;
            size = 0;
            return batch;
        }
    }
}
