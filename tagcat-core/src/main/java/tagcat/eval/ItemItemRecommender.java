package tagcat.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tagcat.text.TagCorpus;

/**
 * Baselines that score a tag j for a post with tags S as {@code sum over i in S of W[i][j]}, for an item-item
 * matrix W learned from the training posts: the strongest simple recommenders known for this task.
 * <ul>
 *   <li>{@link #itemKnn}: cosine similarity, {@code W[i][j] = C[i][j] / sqrt(df(i) df(j))}.</li>
 *   <li>{@link #rp3beta} (Paudel et al., ACM TIIS 2017): a three-step random walk tag, post, tag,
 *       {@code W[i][j] = (1 / df(i)) sum over posts u holding i and j of 1 / |u|}, divided by
 *       {@code df(j)^beta} so that popular tags do not win by popularity alone.</li>
 *   <li>{@link #ease} (Steck, WWW 2019): the closed-form linear item-item model,
 *       {@code P = (C + lambda I)^-1}, {@code W[i][j] = -P[i][j] / P[j][j]}, {@code W[j][j] = 0}.</li>
 * </ul>
 * C is the co-occurrence count matrix (posts holding both tags; its diagonal the document frequencies).
 * W is dense, so only the {@value #MAX_TAGS} most used training tags (ties: first seen) take part; other tags
 * are neither used nor suggested, and neither is a tag with no weight from the post's tags. Ranking ties: more posts first, then alphabetical, as {@link CooccurringTags}.
 */
public final class ItemItemRecommender implements Recommender {
    /** Tags kept (dense W of this size squared); HARRISON has 997. */
    public static final int MAX_TAGS = 3000;
    /** EASE's L2 weight, the value that did best on HARRISON in the measurement (documented default). */
    public static final double EASE_LAMBDA = 100;
    /** RP3beta's popularity exponent (0.1 to 0.2 did equally well in the measurement). */
    public static final double RP3_BETA = 0.15;

    private final String[] terms;
    private final int[] df;
    private final Map<String, Integer> ids;
    /** Row i: the weights of tag i for every tag, row-major, size terms x terms. */
    private final double[] w;

    private ItemItemRecommender(String[] terms, int[] df, double[] w) {
        this.terms = terms;
        this.df = df;
        this.w = w;
        this.ids = new HashMap<>();
        for (int i = 0; i < terms.length; i++) {
            ids.put(terms[i], i);
        }
    }

    public static ItemItemRecommender itemKnn(TagCorpus train) {
        Counts c = Counts.of(train);
        int v = c.terms.length;
        double[] w = new double[v * v];
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < v; j++) {
                w[i * v + j] = i == j ? 0 : c.pairs[i * v + j] / Math.sqrt((double) c.df[i] * c.df[j]);
            }
        }
        return new ItemItemRecommender(c.terms, c.df, w);
    }

    public static ItemItemRecommender rp3beta(TagCorpus train, double beta) {
        Counts c = Counts.of(train);
        int v = c.terms.length;
        double[] w = new double[v * v];
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < v; j++) {
                w[i * v + j] = i == j ? 0 : c.walks[i * v + j] / c.df[i] / Math.pow(c.df[j], beta);
            }
        }
        return new ItemItemRecommender(c.terms, c.df, w);
    }

    public static ItemItemRecommender ease(TagCorpus train, double lambda) {
        Counts c = Counts.of(train);
        int v = c.terms.length;
        double[] g = new double[v * v];
        for (int i = 0; i < v * v; i++) {
            g[i] = c.pairs[i];
        }
        for (int i = 0; i < v; i++) {
            g[i * v + i] = c.df[i] + lambda;
        }
        double[] p = inverseOfPositiveDefinite(g, v);
        double[] w = new double[v * v];
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < v; j++) {
                w[i * v + j] = i == j ? 0 : -p[i * v + j] / p[j * v + j];
            }
        }
        return new ItemItemRecommender(c.terms, c.df, w);
    }

    @Override
    public List<String> recommend(List<String> tags, int n) {
        int v = terms.length;
        boolean[] own = new boolean[v];
        double[] score = new double[v];
        boolean[] related = new boolean[v]; // a weight from some tag of the post: tags never seen with them are not ranked
        boolean any = false;
        for (String t : tags) {
            Integer i = ids.get(t);
            if (i == null || own[i]) {
                continue;
            }
            own[i] = true;
            any = true;
            for (int j = 0, row = i * v; j < v; j++) {
                score[j] += w[row + j];
                related[j] |= w[row + j] != 0;
            }
        }
        if (!any) {
            return List.of();
        }
        List<Integer> candidates = new ArrayList<>();
        for (int j = 0; j < v; j++) {
            if (!own[j] && related[j]) {
                candidates.add(j);
            }
        }
        candidates.sort((x, y) -> {
            int c = Double.compare(score[y], score[x]);
            if (c == 0) {
                c = Integer.compare(df[y], df[x]);
            }
            return c != 0 ? c : terms[x].compareTo(terms[y]);
        });
        List<String> out = new ArrayList<>(Math.min(n, candidates.size()));
        for (int q = 0; q < Math.min(n, candidates.size()); q++) {
            out.add(terms[candidates.get(q)]);
        }
        return out;
    }

    /** The training posts counted over the kept tags: co-occurring posts, and random-walk weights sum of 1/|u|. */
    private record Counts(String[] terms, int[] df, double[] pairs, double[] walks) {
        static Counts of(TagCorpus train) {
            int[] allDf = train.documentFrequencies();
            Integer[] order = new Integer[allDf.length];
            for (int t = 0; t < order.length; t++) {
                order[t] = t;
            }
            Arrays.sort(order, (x, y) -> allDf[y] != allDf[x] ? Integer.compare(allDf[y], allDf[x]) : Integer.compare(x, y));
            int v = Math.min(MAX_TAGS, order.length);
            int[] kept = new int[allDf.length];
            Arrays.fill(kept, -1);
            String[] terms = new String[v];
            int[] df = new int[v];
            for (int q = 0; q < v; q++) {
                kept[order[q]] = q;
                terms[q] = train.terms().get(order[q]);
                df[q] = allDf[order[q]];
            }
            double[] pairs = new double[v * v];
            double[] walks = new double[v * v];
            int[] post = new int[16];
            for (int p = 0; p < train.size(); p++) {
                int size = 0;
                for (int j = train.start(p); j < train.end(p); j++) {
                    int id = kept[train.tagAt(j)];
                    if (id >= 0) {
                        if (size == post.length) {
                            post = Arrays.copyOf(post, 2 * size);
                        }
                        post[size++] = id;
                    }
                }
                double step = 1.0 / Math.max(1, size);
                for (int a = 0; a < size; a++) {
                    int row = post[a] * v;
                    for (int b = 0; b < size; b++) {
                        if (a != b) {
                            pairs[row + post[b]]++;
                            walks[row + post[b]] += step;
                        }
                    }
                }
            }
            return new Counts(terms, df, pairs, walks);
        }
    }

    /** The inverse of a symmetric positive definite v x v matrix (row-major), by Cholesky: A = L Lᵀ. */
    static double[] inverseOfPositiveDefinite(double[] a, int v) {
        double[] l = new double[v * v];
        for (int j = 0; j < v; j++) {
            double d = a[j * v + j];
            for (int k = 0; k < j; k++) {
                d -= l[j * v + k] * l[j * v + k];
            }
            if (d <= 0) {
                throw new IllegalArgumentException("matrix is not positive definite at " + j);
            }
            double ljj = Math.sqrt(d);
            l[j * v + j] = ljj;
            for (int i = j + 1; i < v; i++) {
                double s = a[i * v + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * v + k] * l[j * v + k];
                }
                l[i * v + j] = s / ljj;
            }
        }
        // L^-1 by forward substitution, column by column; then A^-1 = L^-T L^-1
        double[] inv = new double[v * v];
        for (int c = 0; c < v; c++) {
            inv[c * v + c] = 1 / l[c * v + c];
            for (int i = c + 1; i < v; i++) {
                double s = 0;
                for (int k = c; k < i; k++) {
                    s -= l[i * v + k] * inv[k * v + c];
                }
                inv[i * v + c] = s / l[i * v + i];
            }
        }
        double[] out = new double[v * v];
        for (int i = 0; i < v; i++) {
            for (int j = i; j < v; j++) {
                double s = 0;
                for (int k = Math.max(i, j); k < v; k++) {
                    s += inv[k * v + i] * inv[k * v + j];
                }
                out[i * v + j] = s;
                out[j * v + i] = s;
            }
        }
        return out;
    }
}
