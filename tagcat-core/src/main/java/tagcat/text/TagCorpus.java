package tagcat.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tagcat.ingest.Post;
import tagcat.ingest.PostBatch;
import tagcat.ingest.PostBatchSink;

/**
 * Posts interned to int tag ids in first-seen order, kept as one flat array per post boundary.
 * This is the in-memory form of the input between reading and vectorizing: 4 bytes per tag
 * occurrence plus 8 bytes per post for its origin (source index + line), strings stored once.
 *
 * <p>Build it with {@link #builder()}, which is a {@code Consumer<Post>} to hand to a reader.
 */
public final class TagCorpus {
    private final List<String> terms;
    private final int[] indptr;
    private final int[] tags;
    private final List<String> sources;
    private final int[] sourceIndex;
    private final long[] lines;

    private TagCorpus(List<String> terms, int[] indptr, int[] tags, List<String> sources, int[] sourceIndex, long[] lines) {
        this.terms = terms;
        this.indptr = indptr;
        this.tags = tags;
        this.sources = sources;
        this.sourceIndex = sourceIndex;
        this.lines = lines;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Convenience for small inputs and tests. */
    public static TagCorpus of(List<List<String>> posts) {
        Builder b = builder();
        long line = 1;
        for (List<String> p : posts) {
            b.accept(new Post("-", line++, p));
        }
        return b.build();
    }

    public int size() {
        return indptr.length - 1;
    }

    /** Distinct tags seen, in first-seen order; ids index into this list. */
    public List<String> terms() {
        return terms;
    }

    public int start(int post) {
        return indptr[post];
    }

    public int end(int post) {
        return indptr[post + 1];
    }

    /** Interned id of the j-th tag occurrence (j between start and end of some post). */
    public int tagAt(int j) {
        return tags[j];
    }

    public long occurrences() {
        return tags.length;
    }

    public List<String> tagsOf(int post) {
        List<String> out = new ArrayList<>(end(post) - start(post));
        for (int j = start(post); j < end(post); j++) {
            out.add(terms.get(tags[j]));
        }
        return out;
    }

    public String sourceOf(int post) {
        return sources.get(sourceIndex[post]);
    }

    public long lineOf(int post) {
        return lines[post];
    }

    public List<String> sources() {
        return sources;
    }

    /**
     * Streaming builder. Posts and batches come from one thread, in input order; {@link #prepare} may run
     * on parsing threads meanwhile. Tags get provisional ids as they are met (on whichever thread), and
     * {@link #build} renumbers them in first-seen order, so the result depends only on the input.
     */
    public static final class Builder implements PostBatchSink {
        private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
        private final AtomicInteger nextId = new AtomicInteger();
        private final Map<String, Integer> sourceIds = new HashMap<>();
        private final List<String> sources = new ArrayList<>();
        private int[] indptr = new int[1024];
        private int[] tags = new int[4096];
        private int[] sourceIndex = new int[1024];
        private long[] lines = new long[1024];
        private int posts;
        private int nnz;

        /** Resolves the batch's distinct tags on the parsing thread, so that delivery only copies ids. */
        @Override
        public void prepare(PostBatch batch) {
            batch.resolveTerms(resolve(batch.terms()));
        }

        private int[] resolve(List<String> local) {
            int[] global = new int[local.size()];
            for (int l = 0; l < global.length; l++) {
                global[l] = intern(local.get(l));
            }
            return global;
        }

        @Override
        public void acceptBatch(PostBatch batch) {
            int[] global = batch.resolvedTerms();
            if (global == null) {
                global = resolve(batch.terms());
            }
            int n = batch.size();
            if (n == 0) {
                return;
            }
            int s = sourceId(batch.source());
            int count = batch.occurrences();
            ensureCapacity(n, count, batch.source(), batch.line(0));
            batch.copyTagIds(global, tags, nnz);
            for (int p = 0; p < n; p++) {
                sourceIndex[posts] = s;
                lines[posts] = batch.line(p);
                posts++;
                indptr[posts] = nnz + batch.end(p);
            }
            nnz += count;
        }

        /** A provisional id; thread-safe. */
        private int intern(String tag) {
            Integer id = ids.get(tag);
            return id != null ? id : ids.computeIfAbsent(tag, t -> nextId.getAndIncrement());
        }

        private int sourceId(String source) {
            Integer s = sourceIds.get(source);
            if (s == null) {
                s = sources.size();
                sourceIds.put(source, s);
                sources.add(source);
            }
            return s;
        }

        private void ensureCapacity(int count, String source, long line) {
            ensureCapacity(1, count, source, line);
        }

        /** Room for {@code newPosts} more posts holding {@code count} more tag occurrences. */
        private void ensureCapacity(int newPosts, int count, String source, long line) {
            if ((long) nnz + count > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than " + (Integer.MAX_VALUE - 8)
                        + " tag occurrences: split the input (at " + source + ":" + line + ")");
            }
            if (posts + newPosts + 1 > indptr.length) {
                int cap = Math.max(Math.max(indptr.length * 2, 1024), posts + newPosts + 1);
                indptr = Arrays.copyOf(indptr, cap);
                sourceIndex = Arrays.copyOf(sourceIndex, cap);
                lines = Arrays.copyOf(lines, cap);
            }
            if (nnz + count > tags.length) {
                tags = Arrays.copyOf(tags, (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) tags.length * 2, (long) nnz + count)));
            }
        }

        @Override
        public void accept(Post post) {
            List<String> t = post.tags();
            ensureCapacity(t.size(), post.source(), post.line());
            for (String tag : t) {
                tags[nnz++] = intern(tag);
            }
            sourceIndex[posts] = sourceId(post.source());
            lines[posts] = post.line();
            posts++;
            indptr[posts] = nnz;
        }

        public int size() {
            return posts;
        }

        /**
         * Renumbers tags in first-seen order (provisional ids of tags met only on malformed lines, which
         * no post holds, disappear).
         */
        public TagCorpus build() {
            String[] byId = new String[nextId.get()];
            ids.forEach((tag, id) -> byId[id] = tag);
            int[] renumber = new int[byId.length];
            Arrays.fill(renumber, -1);
            List<String> terms = new ArrayList<>();
            int[] out = Arrays.copyOf(tags, nnz);
            for (int j = 0; j < nnz; j++) {
                int id = out[j];
                int r = renumber[id];
                if (r < 0) {
                    r = terms.size();
                    renumber[id] = r;
                    terms.add(byId[id]);
                }
                out[j] = r;
            }
            return new TagCorpus(List.copyOf(terms), Arrays.copyOf(indptr, posts + 1), out,
                    List.copyOf(sources), Arrays.copyOf(sourceIndex, posts), Arrays.copyOf(lines, posts));
        }
    }
}
