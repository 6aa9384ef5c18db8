package tagcat.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import tagcat.category.Category;
import tagcat.cluster.Centroids;
import tagcat.model.TagcatModel;
import tagcat.text.Cooccurrence;
import tagcat.text.Vocabulary;

/**
 * Hashtags for a new post, as the article defines a good one: in the post's category, between 100k and 10m
 * posts, specific enough.
 *
 * <ol>
 *   <li>The post is placed among the categories ({@link Assigner}); its categories are the {@code categories}
 *       most similar ones (cosine, {@link Assigner.Rule#SIMILAR}) that share at least one tag with it.</li>
 *   <li>Candidates are the tags of those categories (non-zero centroid weight; at most the
 *       {@value #CANDIDATES_PER_CATEGORY} heaviest of each, plus any co-occurring tag that has weight there), minus
 *       the post's own tags.</li>
 *   <li>Each candidate t gets two scores. <b>Category</b>: {@code C(t)}, its centroid weight, averaged over the
 *       post's categories weighted by the post's cosine similarity to each. <b>Co-occurrence</b>: {@code O(t)} =
 *       mean over the post's known tags s of {@code count(s, t) / df(s)}, the estimated chance that a post with #s
 *       also has #t (from the model's {@link Cooccurrence}; 0 when the model has none). The ranking score is
 *       {@code (1 - b) * C(t) / max C + b * O(t) / max O}, maxima over the candidates, b = the co-occurrence
 *       weight. C alone says "typical of the category"; O alone says "goes with these very tags"; the blend keeps
 *       suggestions inside the category while preferring tags that fit the post. EVALUATION.md measures it.</li>
 *   <li>In rank order, candidates outside the popularity band or failing the specificity filters are set aside
 *       with the reason, until {@code limit} suggestions are found. Ties: more posts in the model first, then tag.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Suggester {
    /** Candidates taken from each category, heaviest first; bounds the work per post on large vocabularies. */
    public static final int CANDIDATES_PER_CATEGORY = 1000;

    private final TagcatModel model;
    private final Assigner assigner;
    private final Specificity specificity;
    private final Popularity popularity;
    private final SuggestOptions options;
    private final int[][] heaviest;
    private final Catalogue catalogue;

    public Suggester(TagcatModel model, Popularity popularity, SuggestOptions options) {
        this.model = model;
        this.assigner = new Assigner(model);
        this.catalogue = new Catalogue(model);
        this.specificity = Specificity.of(model);
        this.popularity = popularity;
        this.options = options;
        this.heaviest = heaviestTags(model.centroids(), CANDIDATES_PER_CATEGORY);
    }

    private final java.util.concurrent.ConcurrentLinkedQueue<Workspace> workspaces = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public SuggestOptions options() {
        return options;
    }

    public Popularity popularity() {
        return popularity;
    }

    public Specificity specificity() {
        return specificity;
    }

    /** The catalogue of the same model (did-you-mean uses it; a front end can browse with it). */
    public Catalogue catalogue() {
        return catalogue;
    }

    public Assigner assigner() {
        return assigner;
    }

    /** Whether ranking uses co-occurrence: the model has counts and the weight is above 0. */
    public boolean usesCooccurrence() {
        return model.cooccurrence() != null && options.cooccurrenceWeight() > 0;
    }

    /**
     * Suggestions for a post given as normalized tags (see {@link tagcat.ingest.PostReader#parseLine}).
     * A post none of whose tags the model knows gets none, and {@link Suggestions#assignment()} says why.
     */
    public Suggestions suggest(Collection<String> tags) {
        return suggest(tags, options);
    }

    /** Close spellings offered for an unknown tag. */
    public static final int DID_YOU_MEAN = 3;

    /**
     * The service entry point that every front end calls: normalizes the request's tags and caption,
     * places the post, suggests with the request's options (or this suggester's), and says why when it
     * cannot.
     *
     * @throws IllegalArgumentException when a tag is malformed (too long)
     */
    public SuggestResponse suggest(SuggestRequest request) {
        return suggest(request, request.postTags());
    }

    /**
     * As {@link #suggest(SuggestRequest)} for a front end that has already taken the post's tags from the request
     * ({@link SuggestRequest#postTags()}, e.g. to apply its own limit on their number): they are not parsed again.
     */
    public SuggestResponse suggest(SuggestRequest request, List<String> post) {
        SuggestOptions o = request.options() != null ? request.options() : options;
        if (post.isEmpty()) {
            return new SuggestResponse(SuggestResponse.Status.NO_TAGS, List.of(), List.of(), List.of(), List.of(),
                    List.of(), o, popularity, request.explain(), "the post has no tags"
                    + (request.caption() != null ? " (the caption has no #hashtags)" : ""));
        }
        return respond(suggest(post, o), o, request.explain());
    }

    /** The response for a post already suggested for (bulk runs call {@link #suggest(Collection)} first). */
    public SuggestResponse respond(Suggestions s, SuggestOptions used, boolean explain) {
        Assigner.Assignment a = s.assignment();
        SuggestResponse.Status status = a.placed() ? SuggestResponse.Status.OK
                : a.known().isEmpty() ? SuggestResponse.Status.NO_KNOWN_TAG : SuggestResponse.Status.NO_CATEGORY;
        // close spellings only when they are all there is to say: a search over the vocabulary per unknown tag
        boolean near = status == SuggestResponse.Status.NO_KNOWN_TAG;
        List<SuggestResponse.UnknownTag> unknown = a.unknown().stream()
                .map(t -> new SuggestResponse.UnknownTag(t, near ? catalogue.didYouMean(t, DID_YOU_MEAN) : List.of()))
                .toList();
        return new SuggestResponse(status, a.known(), unknown, a.categories(), s.suggestions(),
                explain ? s.rejected() : List.of(), used, popularity, explain, message(status, a, unknown));
    }

    private String message(SuggestResponse.Status status, Assigner.Assignment a, List<SuggestResponse.UnknownTag> unknown) {
        return switch (status) {
            case OK, NO_TAGS -> null;
            case NO_CATEGORY -> "the post's tags " + SuggestResponse.hashtags(a.known())
                    + " have no weight in any category of the model; no category to suggest from";
            case NO_KNOWN_TAG -> {
                List<String> near = unknown.stream().flatMap(u -> u.didYouMean().stream()).distinct().toList();
                yield "none of the post's tags is in the model (" + SuggestResponse.hashtags(a.unknown()) + "; it knows "
                        + model.vectorizer().vocabulary().size() + " tags), so there is no category to suggest from"
                        + (near.isEmpty() ? "" : "; did you mean " + SuggestResponse.hashtags(near) + "?");
            }
        };
    }

    /** As {@link #suggest(Collection)} with other options (limit, band, filters) for this post only. */
    public Suggestions suggest(Collection<String> tags, SuggestOptions options) {
        // the post's categories: the most similar ones that share a tag with it. Not the k-means rule: a centroid
        // near the origin (a mixed category of one-tag posts) is nearer to a short post than the categories that
        // hold its tags.
        Assigner.Assignment top = assigner.assign(tags, options.categories(), Assigner.Rule.SIMILAR);
        List<Assigner.Placement> used = top.categories().stream().filter(p -> p.similarity() > 0).toList();
        Assigner.Assignment a = new Assigner.Assignment(top.known(), top.unknown(), top.vector(), used);
        if (used.isEmpty()) {
            return new Suggestions(a, List.of(), List.of());
        }
        List<Assigner.Placement> placements = a.categories();
        double[] sims = new double[placements.size()];
        double simSum = 0;
        for (int i = 0; i < sims.length; i++) {
            sims[i] = placements.get(i).similarity();
            simSum += sims[i];
        }
        Workspace w = workspaces.poll();
        if (w == null) {
            w = new Workspace(model.vectorizer().vocabulary().size());
        }
        try {
            return rank(a, w.begin(), options, sims, simSum);
        } finally {
            workspaces.offer(w);
        }
    }

    /**
     * How deep into each category's heaviest tags the candidates go, one phase after another. Exact: a phase
     * stops only when no tag further down can change the answer (see {@link #rank}); most posts need the first.
     */
    private static final int[] PHASES = {64, 256, CANDIDATES_PER_CATEGORY};

    /**
     * Scores the candidates (the post's categories' heaviest tags and its tags' companions), then takes the best
     * that pass the filters. The category lists are read in phases: a tag not yet read from any list weighs at most
     * the next unread weight of each list, so its score is at most a bound {@code T}. The phase's answer stands
     * when the normalizing maximum is certain and every candidate the answer used scored above {@code T};
     * otherwise the next phase reads deeper and ranks again. The answer is the one of reading all lists at once.
     */
    private Suggestions rank(Assigner.Assignment a, Workspace w, SuggestOptions options, double[] sims, double simSum) {
        Vocabulary vocabulary = model.vectorizer().vocabulary();
        Centroids centroids = model.centroids();
        List<Assigner.Placement> placements = a.categories();
        int[] ids = new int[placements.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = placements.get(i).category().id();
        }
        for (String t : a.known()) {
            w.markInPost(vocabulary.id(t));
        }
        Cooccurrence co = model.cooccurrence();
        boolean useCo = co != null && options.cooccurrenceWeight() > 0;
        if (useCo) {
            companions(a, w, co, vocabulary, centroids, placements);
        }
        int read = 0;
        int scored = 0;
        double maxC = 0;
        double maxO = 0;
        for (int depth : PHASES) {
            for (int id : ids) {
                int[] list = heaviest[id];
                for (int r = read; r < Math.min(depth, list.length); r++) {
                    if (!w.inPost(list[r])) {
                        w.slot(list[r]);
                    }
                }
            }
            read = depth;
            for (int c = scored; c < w.size; c++) {
                int t = w.tags[c];
                double best = -1;
                double sum = 0;
                for (int i = 0; i < ids.length; i++) {
                    double wt = centroids.weight(ids[i], t);
                    sum += sims[i] * wt / simSum;
                    if (sims[i] * wt > best) {
                        best = sims[i] * wt;
                        w.bestPlacement[c] = i;
                        w.weightThere[c] = wt;
                    }
                }
                w.category[c] = sum;
                maxC = Math.max(maxC, sum);
                maxO = Math.max(maxO, w.cooccurrence[c]);
            }
            scored = w.size;
            // the largest category score a tag not read yet can have: the next unread weight of every list
            boolean complete = depth >= CANDIDATES_PER_CATEGORY;
            double unread = 0;
            for (int i = 0; i < ids.length && !complete; i++) {
                int[] list = heaviest[ids[i]];
                unread += depth < list.length ? sims[i] * centroids.weight(ids[i], list[depth]) / simSum : 0;
            }
            if (!complete && unread > maxC) {
                continue; // the maximum that scores are divided by is not certain yet
            }
            // companions were all read first, so the co-occurrence maximum is final: unread tags have none
            double b = useCo && maxO > 0 ? options.cooccurrenceWeight() : 0;
            double bound = complete ? Double.NEGATIVE_INFINITY
                    : (maxC > 0 ? (1 - b) * unread / maxC : 0) + (b > 0 ? b * 0 / maxO : 0);
            Suggestions s = pick(a, w, options, b, maxC, maxO, bound);
            if (s != null) {
                return s;
            }
        }
        throw new IllegalStateException("the last phase reads every candidate");
    }

    /** Adds the post's tags' companions that weigh in one of its categories, with their co-occurrence. */
    private static void companions(Assigner.Assignment a, Workspace w, Cooccurrence co, Vocabulary vocabulary,
                                   Centroids centroids, List<Assigner.Placement> placements) {
        double perTag = 1.0 / a.known().size();
        for (String known : a.known()) {
            int s = vocabulary.id(known);
            int[] companions = co.companions(s);
            int[] counts = co.counts(s);
            double df = vocabulary.df(s);
            for (int j = 0; j < companions.length; j++) {
                int t = companions[j];
                if (w.inPost(t)) {
                    continue;
                }
                int c = w.slotOf(t);
                if (c < 0) {
                    if (!hasWeight(centroids, placements, t)) {
                        continue; // not in the post's categories
                    }
                    c = w.slot(t);
                }
                double pts = counts[j] / df;
                w.cooccurrence[c] += perTag * pts;
                if (pts > w.companionShare[c]) {
                    w.companionShare[c] = pts;
                    w.companion[c] = s;
                }
            }
        }
    }

    /**
     * The suggestions and the tags set aside, walking the ranking of the candidates read so far; null when the walk
     * would need a candidate scoring at most {@code bound} (one not read yet might rank before it).
     */
    private Suggestions pick(Assigner.Assignment a, Workspace w, SuggestOptions options, double b, double maxC, double maxO,
                             double bound) {
        Vocabulary vocabulary = model.vectorizer().vocabulary();
        List<Assigner.Placement> placements = a.categories();
        int positives = 0;
        for (int c = 0; c < w.size; c++) {
            double score = (maxC > 0 ? (1 - b) * w.category[c] / maxC : 0) + (b > 0 ? b * w.cooccurrence[c] / maxO : 0);
            w.score[c] = score;
            if (score > 0) {
                w.df[c] = vocabulary.df(w.tags[c]);
                w.order[positives++] = c;
            }
        }
        List<Suggestion> out = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        // rank lazily: most posts need only the best `limit`, so select those before sorting everything
        int ranked = w.selectBest(positives, Math.min(positives, options.limit() * 2));
        for (int r = 0; r < ranked && out.size() < options.limit(); r++) {
            int c = w.order[r];
            if (w.score[c] <= bound) {
                return null;
            }
            int id = w.tags[c];
            String tag = vocabulary.term(id);
            OptionalLong posts = popularity == null ? OptionalLong.empty() : popularity.posts(tag);
            Category category = placements.get(w.bestPlacement[c]).category();
            Rejection why = rejection(tag, w.score[c], category, id, posts, options);
            if (why != null) {
                rejected.add(why);
            } else {
                out.add(new Suggestion(tag, w.score[c], category, posts, w.weightThere[c], w.cooccurrence[c],
                        w.companion[c] < 0 ? null : vocabulary.term(w.companion[c]), w.companionShare[c],
                        specificity.spread(id), specificity.idf(id)));
            }
            if (r == ranked - 1 && ranked < positives && out.size() < options.limit()) {
                ranked = w.selectBest(positives, positives);
            }
        }
        // out of read candidates before the limit: unread ones scoring above zero might follow
        return out.size() < options.limit() && bound > 0 ? null : new Suggestions(a, out, rejected);
    }

    /** Why a candidate is set aside, or null when it passes the band and the specificity filters. */
    private Rejection rejection(String tag, double score, Category category, int id, OptionalLong posts,
                                SuggestOptions options) {
        if (options.hasBand()) {
            if (posts.isEmpty()) {
                return new Rejection(tag, score, category, posts, Rejection.Reason.POPULARITY_UNKNOWN, Double.NaN,
                        "popularity unknown (not in " + (popularity == null ? "any table" : "the popularity table") + ")");
            }
            long n = posts.getAsLong();
            if (n < options.minPosts()) {
                return new Rejection(tag, score, category, posts, Rejection.Reason.BELOW_BAND, options.minPosts(),
                        Popularity.format(n) + " posts, below the band's " + Popularity.format(options.minPosts()));
            }
            if (n > options.maxPosts()) {
                return new Rejection(tag, score, category, posts, Rejection.Reason.ABOVE_BAND, options.maxPosts(),
                        Popularity.format(n) + " posts, above the band's " + Popularity.format(options.maxPosts()));
            }
        }
        double spread = specificity.spread(id);
        if (spread > options.maxSpread()) {
            return new Rejection(tag, score, category, posts, Rejection.Reason.SPREAD, spread, String.format(Locale.ROOT,
                    "not specific: spread over %.1f categories, more than the max spread %s", spread,
                    trim(options.maxSpread())));
        }
        double idf = specificity.idf(id);
        if (idf < options.minIdf()) {
            return new Rejection(tag, score, category, posts, Rejection.Reason.IDF, idf, String.format(Locale.ROOT,
                    "not specific: idf %.2f below the min idf %s (on %.1f%% of posts)", idf, trim(options.minIdf()),
                    100 * specificity.share(id)));
        }
        return null;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static boolean hasWeight(Centroids centroids, List<Assigner.Placement> placements, int t) {
        for (Assigner.Placement p : placements) {
            if (centroids.weight(p.category().id(), t) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Per category, the ids of its {@code cap} heaviest tags with positive weight, heaviest first (ties: id). */
    static int[][] heaviestTags(Centroids c, int cap) {
        int[][] out = new int[c.k()][];
        for (int i = 0; i < c.k(); i++) {
            int n = 0;
            for (int t = 0; t < c.dims(); t++) {
                if (c.weight(i, t) > 0) {
                    n++;
                }
            }
            Integer[] ids = new Integer[n];
            n = 0;
            for (int t = 0; t < c.dims(); t++) {
                if (c.weight(i, t) > 0) {
                    ids[n++] = t;
                }
            }
            final int cat = i;
            Arrays.sort(ids, Comparator.comparingDouble((Integer t) -> -c.weight(cat, t)).thenComparingInt(t -> t));
            out[i] = Arrays.stream(ids).limit(cap).mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** Best first: higher score, then more posts in the model, then lower id (= code point order of tags). */
    /**
     * Scratch for scoring one post's candidates: a sparse set of candidate tags (nothing to clear between posts)
     * and per-candidate columns. Pooled by the suggester, one per concurrent caller: a post has thousands
     * of candidates, and boxed maps of them were most of a suggestion's time and garbage.
     */
    private static final class Workspace {
        /** A sparse set: tag t is a candidate iff slotOfTag[t] < size and tags[slotOfTag[t]] == t; nothing to clear. */
        private final int[] slotOfTag;
        private int[] post = new int[16];
        private int postSize;
        int size;
        int[] tags = new int[256];
        double[] category = new double[256];
        double[] cooccurrence = new double[256];
        double[] companionShare = new double[256];
        double[] weightThere = new double[256];
        double[] score = new double[256];
        int[] bestPlacement = new int[256];
        int[] companion = new int[256];
        int[] df = new int[256];
        int[] order = new int[256];

        Workspace(int vocabulary) {
            slotOfTag = new int[vocabulary];
        }

        Workspace begin() {
            size = 0;
            postSize = 0;
            return this;
        }

        void markInPost(int tag) {
            if (postSize == post.length) {
                post = Arrays.copyOf(post, postSize * 2);
            }
            post[postSize++] = tag;
        }

        /** A post has a handful of tags (at most a request's limit): a scan beats a per-tag mark. */
        boolean inPost(int tag) {
            for (int i = 0; i < postSize; i++) {
                if (post[i] == tag) {
                    return true;
                }
            }
            return false;
        }

        int slotOf(int tag) {
            int c = slotOfTag[tag];
            return c < size && tags[c] == tag ? c : -1;
        }

        /** The tag's candidate slot, added (zeroed) when new. */
        int slot(int tag) {
            int c = slotOfTag[tag];
            if (c < size && tags[c] == tag) {
                return c;
            }
            if (size == tags.length) {
                grow();
            }
            c = size++;
            slotOfTag[tag] = c;
            tags[c] = tag;
            cooccurrence[c] = 0;
            companionShare[c] = 0;
            companion[c] = -1;
            return c;
        }

        private void grow() {
            int n = tags.length * 2;
            tags = Arrays.copyOf(tags, n);
            category = Arrays.copyOf(category, n);
            cooccurrence = Arrays.copyOf(cooccurrence, n);
            companionShare = Arrays.copyOf(companionShare, n);
            weightThere = Arrays.copyOf(weightThere, n);
            score = Arrays.copyOf(score, n);
            bestPlacement = Arrays.copyOf(bestPlacement, n);
            companion = Arrays.copyOf(companion, n);
            df = Arrays.copyOf(df, n);
            order = Arrays.copyOf(order, n);
        }

        /** Before {@code y} in the ranking: higher score, then more posts, then lower tag id (a total order). */
        private boolean before(int x, int y) {
            int c = Double.compare(score[y], score[x]);
            if (c != 0) {
                return c < 0;
            }
            c = Integer.compare(df[y], df[x]);
            return c != 0 ? c < 0 : tags[x] < tags[y];
        }

        /**
         * Puts the {@code n} best of {@code order[0..count)} first, in ranking order; returns {@code n}. The rest keep
         * their places after them, so a later call with a larger n sees every candidate.
         */
        int selectBest(int count, int n) {
            if (n == 0) {
                return 0;
            }
            // insertion into the sorted prefix: cheap for the usual n of twice the limit
            for (int i = 0; i < count; i++) {
                int c = order[i];
                int last = Math.min(i, n) - 1;
                if (last == n - 1 && !before(c, order[last])) {
                    continue;
                }
                int j = Math.min(i, n - 1);
                if (j < i) {
                    order[i] = order[n - 1]; // the displaced n-th moves to where c was
                }
                while (j > 0 && before(c, order[j - 1])) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = c;
            }
            return n;
        }
    }

    /**
     * One suggested tag.
     *
     * @param score          the ranking score, 0..1 (see the class comment)
     * @param category       the post's category the tag comes from (where it weighs most, by the post's similarity)
     * @param posts          its popularity, when known (see {@link Popularity#description()} for what it counts)
     * @param weight         its centroid weight in that category
     * @param cooccurrence   O(t): mean over the post's known tags s of P(t | s); 0 without co-occurrence counts
     * @param companion      the post's tag it co-occurs with most, or null
     * @param companionShare P(tag | companion): the share of the companion's training posts that also have the tag
     * @param spread         effective number of categories it is spread over ({@link Specificity})
     * @param idf            its idf in the model
     */
    public record Suggestion(String tag, double score, Category category, OptionalLong posts, double weight,
                             double cooccurrence, String companion, double companionShare, double spread, double idf) {
        /** Why it is suggested, for people. */
        public String why() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "weight %.3f in %s", weight, category.name()));
            if (companion != null) {
                b.append(String.format(Locale.ROOT, "; on %.0f%% of #%s posts", 100 * companionShare, companion));
            }
            b.append(String.format(Locale.ROOT, "; spread over %.1f categories, idf %.2f", spread, idf));
            return b.toString();
        }
    }

    /**
     * A tag that ranked high enough to be suggested but was set aside, and why.
     *
     * @param code   the rule it failed
     * @param value  the number the rule looked at: the band's bound, the tag's spread or idf (NaN when none)
     * @param reason the same for people
     */
    public record Rejection(String tag, double score, Category category, OptionalLong posts, Reason code, double value,
                            String reason) {
        /** Which rule set a tag aside. */
        public enum Reason {
            /** A band is set and the tag's popularity is not known. */
            POPULARITY_UNKNOWN,
            /** Fewer posts than the band's lower bound ({@code value}). */
            BELOW_BAND,
            /** More posts than the band's upper bound ({@code value}). */
            ABOVE_BAND,
            /** Spread over more categories ({@code value}) than the maximum. */
            SPREAD,
            /** Idf ({@code value}) below the minimum: on too many posts. */
            IDF;

            public String id() {
                return name().toLowerCase(Locale.ROOT);
            }
        }
    }

    /**
     * The outcome for one post.
     *
     * @param assignment  where the post was placed, its known and unknown tags
     * @param suggestions ranked, at most the limit
     * @param rejected    tags that outranked the last suggestion but failed the band or a specificity filter, in
     *                    rank order
     */
    public record Suggestions(Assigner.Assignment assignment, List<Suggestion> suggestions, List<Rejection> rejected) {
        public Suggestions {
            suggestions = List.copyOf(suggestions);
            rejected = List.copyOf(rejected);
        }

        public List<String> tags() {
            return suggestions.stream().map(Suggestion::tag).toList();
        }
    }
}
