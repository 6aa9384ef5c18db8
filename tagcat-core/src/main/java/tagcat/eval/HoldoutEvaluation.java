package tagcat.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import tagcat.cluster.Balance;
import tagcat.ingest.Post;
import tagcat.train.Training;
import tagcat.train.TrainingListener;
import tagcat.train.TrainingOptions;
import tagcat.train.TrainingResult;
import tagcat.model.ReadCounts;
import tagcat.model.TagcatModel;
import tagcat.suggest.Assigner;
import tagcat.suggest.Popularity;
import tagcat.suggest.SuggestOptions;
import tagcat.suggest.Suggester;
import tagcat.text.TagCorpus;
import tagcat.text.Vocabulary;

/**
 * How well suggestions recover tags people actually used, measured on posts the model never saw.
 *
 * <ol>
 *   <li>The posts are shuffled with the seed; the first {@code holdout} share (rounded) is the test set, the rest
 *       trains a model exactly as {@code tagcat cluster} would ({@link Training}).</li>
 *   <li>Each test post with at least 2 tags hides {@code floor(n/2)} of its n tags, chosen with the seed; every
 *       method ranks tags from the visible rest, and precision/recall@5 and @10 count the hidden tags found
 *       ({@link PrecisionRecall}). Hidden tags no training post used count too: nobody can find them, so recall
 *       has a ceiling below 1, reported as {@link Result#recallCeiling()}.</li>
 *   <li>Methods: tagcat's {@link Suggester} with the given options (popularity band off unless the options set
 *       one), and baselines computed on the same training posts: {@link PopularTags}, {@link CooccurringTags},
 *       and the item-item models item-kNN, RP3beta and EASE ({@link ItemItemRecommender}, documented parameters).
 *       With {@code ablation}, also tagcat with category weight only (b = 0),
 *       co-occurrence only within the categories (b = 1), the most similar category only (m = 1) and all
 *       categories.</li>
 *   <li>With labels (one per post, e.g. a topic), NMI and ARI between labels and categories: on the training
 *       posts (their k-means labels) and on the test posts (their nearest category, by the k-means rule).</li>
 * </ol>
 * Same posts, options and seed give the same numbers.
 */
public final class HoldoutEvaluation {
    /** The cut-offs reported. */
    public static final int[] CUTOFFS = {5, 10};

    private HoldoutEvaluation() {
    }

    /**
     * @param holdout    share of posts held out for testing, in (0, 1)
     * @param seed       splits posts and picks hidden tags
     * @param training   how the model is trained on the training posts
     * @param suggest    tagcat's suggestion options (the limit is raised to the largest cut-off)
     * @param popularity for a band in {@code suggest}; null uses the model's document frequencies
     * @param ablation   also report tagcat variants (see the class comment)
     */
    public record Options(double holdout, long seed, TrainingOptions training, SuggestOptions suggest,
                          Popularity popularity, boolean ablation) {
        public Options {
            if (!(holdout > 0 && holdout < 1)) {
                throw new IllegalArgumentException("holdout must be a share between 0 and 1 (exclusive), got " + holdout);
            }
        }
    }

    /** One method's mean scores. */
    public record MethodScores(String method, double precision5, double recall5, double precision10, double recall10) {
    }

    /**
     * tagcat's recall@10 minus another method's, paired over the same posts: the mean difference and its standard
     * error (standard deviation of the per-post differences / sqrt(posts)). |mean| below about 2 standard errors
     * is within the noise of the sample.
     */
    public record Difference(String versus, double meanRecall10, double standardError) {
    }

    /** Agreement of categories with given labels. */
    public record LabelAgreement(long posts, int labels, double nmi, double ari) {
    }

    /**
     * @param posts         posts given
     * @param train         posts the model was trained on
     * @param test          posts held out
     * @param evaluated     held-out posts with at least 2 tags, the ones scored
     * @param notPlaced     evaluated posts none of whose visible tags the model knows (tagcat suggests nothing)
     * @param recallCeiling mean share of hidden tags that occur in the training posts: no method can recall more
     * @param methods       tagcat first, then the baselines, then any ablation rows
     * @param differences   tagcat vs each baseline, paired recall@10
     * @param trainAgreement labels vs k-means categories of the training posts; null without labels
     * @param testAgreement  labels vs nearest categories of the test posts; null without labels
     */
    public record Result(long posts, long train, long test, long evaluated, long notPlaced, double recallCeiling,
                         int k, int vocabulary, List<MethodScores> methods, List<Difference> differences,
                         LabelAgreement trainAgreement, LabelAgreement testAgreement, String method, Balance balance) {
        public Result {
            methods = List.copyOf(methods);
            differences = List.copyOf(differences);
        }

        public MethodScores method(String name) {
            return methods.stream().filter(m -> m.method().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no method " + name));
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%,d posts: %,d train, %,d test, %,d test posts with >= 2 tags scored"
                    + " (%,d of them not placed: no visible tag known)%n", posts, train, test, evaluated, notPlaced));
            b.append(String.format(Locale.ROOT, "k = %d, %,d tags; hidden tags seen in training: %.1f%% (the recall ceiling)%n",
                    k, vocabulary, 100 * recallCeiling));
            b.append(String.format(Locale.ROOT, "method %s; %s%n%n", method, balance));
            int w = Math.max(6, methods.stream().mapToInt(m -> m.method().length()).max().orElse(6));
            b.append(String.format(Locale.ROOT, "%-" + w + "s  %6s  %6s  %6s  %6s%n", "method", "P@5", "R@5", "P@10", "R@10"));
            for (MethodScores m : methods) {
                b.append(String.format(Locale.ROOT, "%-" + w + "s  %6.4f  %6.4f  %6.4f  %6.4f%n", m.method(), m.precision5(),
                        m.recall5(), m.precision10(), m.recall10()));
            }
            b.append(System.lineSeparator());
            for (Difference d : differences) {
                b.append(String.format(Locale.ROOT, "tagcat - %s, R@10: %+.4f (standard error %.4f, paired)%n", d.versus(),
                        d.meanRecall10(), d.standardError()));
            }
            if (trainAgreement != null) {
                b.append(String.format(Locale.ROOT, "%ncategories vs labels: train NMI %.4f ARI %.4f (%,d posts, %d labels);"
                                + " test NMI %.4f ARI %.4f (%,d posts)%n", trainAgreement.nmi(), trainAgreement.ari(),
                        trainAgreement.posts(), trainAgreement.labels(), testAgreement.nmi(), testAgreement.ari(),
                        testAgreement.posts()));
            }
            return b.toString();
        }
    }

    public static final String TAGCAT = "tagcat suggest";
    public static final String POPULAR = "popular tags";
    public static final String COOCCURRENCE = "co-occurrence";
    public static final String ITEM_KNN = "item-kNN (cosine)";
    public static final String RP3BETA = "RP3beta (beta " + ItemItemRecommender.RP3_BETA + ")";
    public static final String EASE = "EASE (lambda " + (int) ItemItemRecommender.EASE_LAMBDA + ")";

    /**
     * @param labels one per post of {@code corpus} (null entries: unlabelled), or null for none
     */
    public static Result run(TagCorpus corpus, String[] labels, Options options, TrainingListener listener) {
        int n = corpus.size();
        if (labels != null && labels.length != n) {
            throw new IllegalArgumentException(labels.length + " labels for " + n + " posts");
        }
        int nTest = (int) Math.round(n * options.holdout());
        if (nTest < 1 || nTest >= n) {
            throw new IllegalArgumentException("holdout " + options.holdout() + " of " + n
                    + " posts leaves no test or no training posts");
        }
        SplittableRandom rng = new SplittableRandom(options.seed());
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] isTest = new boolean[n];
        for (int i = 0; i < nTest; i++) {
            isTest[order[i]] = true;
        }
        TagCorpus.Builder trainBuilder = TagCorpus.builder();
        List<Integer> trainPosts = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (!isTest[p]) {
                trainBuilder.accept(new Post(corpus.sourceOf(p), corpus.lineOf(p), corpus.tagsOf(p)));
                trainPosts.add(p);
            }
        }
        TagCorpus train = trainBuilder.build();
        TrainingResult trained = Training.fit(train, new ReadCounts(train.sources(), train.size(), 0, 0),
                options.training(), listener);
        TagcatModel model = trained.model();
        Vocabulary vocabulary = model.vectorizer().vocabulary();
        Set<String> seen = new HashSet<>(train.terms());

        Popularity popularity = options.popularity() != null ? options.popularity() : Popularity.fromModel(model, 1);
        int limit = CUTOFFS[CUTOFFS.length - 1];
        SuggestOptions so = options.suggest().withLimit(limit);
        Map<String, Recommender> methods = new LinkedHashMap<>();
        Suggester tagcat = new Suggester(model, popularity, so);
        methods.put(TAGCAT, (tags, k) -> tagcat.suggest(tags).tags());
        methods.put(POPULAR, new PopularTags(train));
        methods.put(COOCCURRENCE, new CooccurringTags(train));
        methods.put(ITEM_KNN, ItemItemRecommender.itemKnn(train));
        methods.put(RP3BETA, ItemItemRecommender.rp3beta(train, ItemItemRecommender.RP3_BETA));
        methods.put(EASE, ItemItemRecommender.ease(train, ItemItemRecommender.EASE_LAMBDA));
        if (options.ablation()) {
            Map<String, SuggestOptions> variants = new LinkedHashMap<>();
            variants.put("tagcat, category weight only (b=0)", so.withCooccurrenceWeight(0));
            variants.put("tagcat, co-occurrence only (b=1)", so.withCooccurrenceWeight(1));
            variants.put("tagcat, most similar category only (m=1)", so.withCategories(1));
            variants.put("tagcat, all categories (m=k)", so.withCategories(model.centroids().k()));
            for (var v : variants.entrySet()) {
                Suggester s = new Suggester(model, popularity, v.getValue());
                methods.put(v.getKey(), (tags, k) -> s.suggest(tags).tags());
            }
        }
        Map<String, PrecisionRecall> scores = new LinkedHashMap<>();
        for (String m : methods.keySet()) {
            scores.put(m, new PrecisionRecall(CUTOFFS));
        }
        // per-post recall@10 differences tagcat - baseline: sum and sum of squares
        String[] baselines = {POPULAR, COOCCURRENCE, ITEM_KNN, RP3BETA, EASE};
        double[][] diff = new double[baselines.length][2];
        long evaluated = 0;
        long notPlaced = 0;
        double ceiling = 0;
        Assigner assigner = tagcat.assigner();
        for (int p = 0; p < n; p++) {
            if (!isTest[p] || corpus.end(p) - corpus.start(p) < 2) {
                continue;
            }
            List<String> tags = corpus.tagsOf(p);
            SplittableRandom postRng = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + p);
            List<String> shuffled = new ArrayList<>(tags);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                int j = postRng.nextInt(i + 1);
                String t = shuffled.get(i);
                shuffled.set(i, shuffled.get(j));
                shuffled.set(j, t);
            }
            Set<String> hidden = new HashSet<>(shuffled.subList(0, tags.size() / 2));
            List<String> visible = tags.stream().filter(t -> !hidden.contains(t)).toList();
            evaluated++;
            if (visible.stream().noneMatch(t -> vocabulary.id(t) >= 0)) {
                notPlaced++;
            }
            ceiling += (double) hidden.stream().filter(seen::contains).count() / hidden.size();
            Map<String, Double> recall10 = new HashMap<>();
            for (var e : methods.entrySet()) {
                List<String> ranked = e.getValue().recommend(visible, limit);
                scores.get(e.getKey()).add(ranked, hidden);
                recall10.put(e.getKey(), PrecisionRecall.recall(ranked, hidden, limit));
            }
            for (int i = 0; i < baselines.length; i++) {
                double d = recall10.get(TAGCAT) - recall10.get(baselines[i]);
                diff[i][0] += d;
                diff[i][1] += d * d;
            }
        }
        List<MethodScores> rows = new ArrayList<>();
        for (var e : scores.entrySet()) {
            PrecisionRecall s = e.getValue();
            rows.add(new MethodScores(e.getKey(), s.precision(5), s.recall(5), s.precision(10), s.recall(10)));
        }
        List<Difference> differences = new ArrayList<>();
        for (int i = 0; i < baselines.length && evaluated > 0; i++) {
            double mean = diff[i][0] / evaluated;
            double var = evaluated > 1 ? Math.max(0, (diff[i][1] - evaluated * mean * mean) / (evaluated - 1)) : 0;
            differences.add(new Difference(baselines[i], mean, Math.sqrt(var / evaluated)));
        }
        LabelAgreement trainAgreement = null;
        LabelAgreement testAgreement = null;
        if (labels != null) {
            Map<String, Integer> labelIds = new HashMap<>();
            int[] postOfRow = trained.vectors().postOfRow();
            int[] kmLabels = trained.kmeans().labels();
            IntList truth = new IntList();
            IntList predicted = new IntList();
            for (int r = 0; r < postOfRow.length; r++) {
                String l = labels[trainPosts.get(postOfRow[r])];
                if (l != null) {
                    truth.add(labelIds.computeIfAbsent(l, x -> labelIds.size()));
                    predicted.add(kmLabels[r]);
                }
            }
            trainAgreement = agreement(truth, predicted);
            truth = new IntList();
            predicted = new IntList();
            for (int p = 0; p < n; p++) {
                if (isTest[p] && labels[p] != null) {
                    Assigner.Assignment a = assigner.assign(corpus.tagsOf(p), 1);
                    if (a.placed()) {
                        truth.add(labelIds.computeIfAbsent(labels[p], x -> labelIds.size()));
                        predicted.add(a.nearest().category().id());
                    }
                }
            }
            testAgreement = agreement(truth, predicted);
        }
        return new Result(n, train.size(), nTest, evaluated, notPlaced, evaluated == 0 ? 0 : ceiling / evaluated,
                model.centroids().k(), vocabulary.size(), rows, differences, trainAgreement, testAgreement,
                model.parameters().method().id(), trained.balance());
    }

    private static LabelAgreement agreement(IntList truth, IntList predicted) {
        if (truth.size == 0) {
            return new LabelAgreement(0, 0, Double.NaN, Double.NaN);
        }
        int[] a = truth.toArray();
        int[] b = predicted.toArray();
        return new LabelAgreement(a.length, (int) Arrays.stream(a).distinct().count(),
                NormalizedMutualInformation.of(a, b), AdjustedRandIndex.of(a, b));
    }

    private static final class IntList {
        int[] data = new int[1024];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
