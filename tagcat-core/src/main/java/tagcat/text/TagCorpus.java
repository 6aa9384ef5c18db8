package tagcat.text;

import tagcat.parallel.Parallelism;
import tagcat.parallel.Workers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tagcat.ingest.Post;
import tagcat.ingest.PostBatch;
import tagcat.ingest.PostBatchSink;
import tagcat.ingest.TagDictionary;

/**
 * Posts interned to int tag ids in first-seen order, kept as one flat array per post boundary.
 * This is the in-memory form of the input between reading and vectorizing: 4 bytes per tag
 * occurrence plus 16 bytes per post (where its tags start, source index, line), strings stored once.
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
    /** Per term: the posts holding it (tags are distinct within a post, so its occurrences). */
    final int[] df;

    private TagCorpus(List<String> terms, int[] indptr, int[] tags, List<String> sources, int[] sourceIndex, long[] lines,
                      int[] df) {
        this.terms = terms;
        this.df = df;
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

    /** Per term id: the posts holding it (counted while the corpus was built). */
    public int[] documentFrequencies() {
        return df.clone();
    }

    /** The tag ids of all posts, post after post ({@link #start} and {@link #end} delimit them): read only. */
    int[] tagArray() {
        return tags;
    }

    /** Per post p, its tags start at [p] and end at [p + 1] in {@link #tagArray}: read only. */
    int[] postStarts() {
        return indptr;
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
     * Streaming builder. Posts and batches come from one thread, in input order; each batch numbers its
     * tags in its parsing thread's {@link TagDictionary}. Batches are kept as they come; {@link #build}
     * merges the numberings into one, in first-seen order (so the result depends only on the input),
     * while copying the batches once into the corpus's arrays.
     */
    public static final class Builder implements PostBatchSink {
        private final List<PostBatch> batches = new ArrayList<>();
        /** Posts given one at a time, gathered into batches of their own. */
        private final PostBatch.Builder loose = new PostBatch.Builder();
        private String looseSource;
        private int looseSize;
        private int posts;
        private long nnz;

        @Override
        public void acceptBatch(PostBatch batch) {
            flushLoose();
            add(batch);
        }

        private void add(PostBatch batch) {
            if (batch.size() == 0) {
                return;
            }
            if (nnz + batch.occurrences() > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than " + (Integer.MAX_VALUE - 8)
                        + " tag occurrences: split the input (at " + batch.source() + ":" + batch.line(0) + ")");
            }
            if ((long) posts + batch.size() > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than " + (Integer.MAX_VALUE - 8)
                        + " posts: split the input (at " + batch.source() + ":" + batch.line(0) + ")");
            }
            batches.add(batch);
            posts += batch.size();
            nnz += batch.occurrences();
        }

        @Override
        public void accept(Post post) {
            if (looseSize > 0 && !post.source().equals(looseSource)) {
                flushLoose();
            }
            looseSource = post.source();
            loose.add(post.line(), post.tags());
            if (++looseSize == 1 << 14) {
                flushLoose();
            }
        }

        /** The batch's tags renumbered to {@code tags[at...]}, each counted in {@code df}. */
        private static void copyTags(PostBatch batch, int[] renumber, int[] tags, int at, int[] df) {
            for (int j = 0, n = batch.occurrences(); j < n; j++) {
                int id = renumber[batch.tagId(j)];
                tags[at + j] = id;
                df[id]++;
            }
        }

        private void flushLoose() {
            if (looseSize > 0) {
                add(loose.build(looseSource));
                looseSize = 0;
            }
        }

        public int size() {
            return posts + looseSize;
        }

        /**
         * Renumbers tags in first-seen order (ids of tags met only on malformed lines, which no post holds,
         * disappear) while copying the batches into the corpus's arrays.
         */
        public TagCorpus build() {
            return build(Parallelism.allCores());
        }

        /** The corpus, built on at most {@code parallelism}'s threads (the corpus is the same on any). */
        public TagCorpus build(Parallelism parallelism) {
            flushLoose();
            // in input order: each dictionary's new tags get their ids among all (first-seen order)
            Map<TagDictionary, int[]> renumbering = new IdentityHashMap<>();
            TagDictionary all = new TagDictionary();
            List<String> sources = new ArrayList<>();
            Map<String, Integer> sourceIds = new HashMap<>();
            int count = batches.size();
            int[][] renumberOf = new int[count][];
            int[] sourceOf = new int[count];
            int[] postAt = new int[count + 1];
            int[] tagAt = new int[count + 1];
            for (int b = 0; b < count; b++) {
                PostBatch batch = batches.get(b);
                sourceOf[b] = sourceIds.computeIfAbsent(batch.source(), name -> {
                    sources.add(name);
                    return sources.size() - 1;
                });
                renumberOf[b] = renumbering(batch, renumbering, all);
                postAt[b + 1] = postAt[b] + batch.size();
                tagAt[b + 1] = tagAt[b] + batch.occurrences();
            }
            int termCount = all.size();
            // then every batch copies itself, in parallel: its place is known, and df sums the same in any order
            int[] tags = new int[tagAt[count]];
            int[] indptr = new int[posts + 1];
            int[] sourceIndex = new int[posts];
            long[] lines = new long[posts];
            int groups = Math.min(count, 8);
            int[][] partialDf = new int[groups][];
            try (Workers workers = parallelism.withThreads(Math.min(parallelism.threads(), Math.max(1, groups))).workers()) {
                workers.forEach(groups, g -> {
                int[] df = new int[termCount];
                for (int b = (int) ((long) count * g / groups), end = (int) ((long) count * (g + 1) / groups); b < end; b++) {
                    PostBatch batch = batches.get(b);
                    copyTags(batch, renumberOf[b], tags, tagAt[b], df);
                    copyPosts(batch, sourceOf[b], tagAt[b], postAt[b], sourceIndex, lines, indptr);
                }
                partialDf[g] = df;
                });
            }
            int[] df = new int[termCount];
            for (int[] part : partialDf) {
                addInto(df, part);
            }
            return new TagCorpus(List.of(termsOf(all)), indptr, tags, List.copyOf(sources), sourceIndex, lines, df);
        }

        // The loops below run once per tag or term; in methods of their own, the JIT compiles each
        // alone and small, rather than build() whole, on the stack, while the user waits.

        /** The batch's dictionary's renumbering, with the tags the batch holds first numbered in {@code all}. */
        private static int[] renumbering(PostBatch batch, Map<TagDictionary, int[]> renumbering, TagDictionary all) {
            TagDictionary dictionary = batch.dictionary();
            int[] renumber = renumbering.get(dictionary);
            if (renumber == null || renumber.length < dictionary.size()) {
                renumber = renumber == null ? new int[dictionary.size()] : Arrays.copyOf(renumber, dictionary.size());
                renumbering.put(dictionary, renumber);
            }
            for (int local : batch.newTagIds()) {
                renumber[local] = all.idOf(dictionary, local);
            }
            return renumber;
        }

        private static void addInto(int[] sum, int[] part) {
            for (int t = 0; t < sum.length; t++) {
                sum[t] += part[t];
            }
        }

        private static String[] termsOf(TagDictionary all) {
            String[] terms = new String[all.size()];
            for (int t = 0; t < terms.length; t++) {
                terms[t] = all.term(t);
            }
            return terms;
        }

        /** Source, line and end of each post of the batch, from post index {@code p} on. */
        private static void copyPosts(PostBatch batch, int source, int at, int p, int[] sourceIndex, long[] lines,
                                      int[] indptr) {
            for (int i = 0; i < batch.size(); i++) {
                sourceIndex[p] = source;
                lines[p] = batch.line(i);
                indptr[++p] = at + batch.end(i);
            }
        }
    }
}
