package tagcat.suggest;

import tagcat.ingest.TagNormalizer;

import tagcat.cluster.Metric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import tagcat.category.Category;
import tagcat.cluster.Centroids;
import tagcat.model.TagcatModel;
import tagcat.linalg.SparseVector;
import tagcat.text.Vocabulary;

/**
 * Places a new post among a model's categories.
 *
 * <p>The post (normalized tags; tags outside the vocabulary are set aside) becomes a TF-IDF vector x exactly as
 * training posts did. Each placement carries a similarity score in [0, 1], the cosine
 * {@code x.c / (||x|| ||c||)}: how well the post fits (1 = it points exactly along the centroid), comparable
 * across posts. Categories are ranked by one of two {@link Rule}s:
 * <ul>
 *   <li>{@link Rule#NEAREST}: squared Euclidean distance {@code ||x - c||^2}, the rule k-means itself uses, so a
 *       training post is placed where clustering put it. Within one post a lower-ranked category can then have a
 *       higher cosine: a centroid near the origin (the mixed category of one-tag posts of generic tags the README
 *       mentions) is near every short post, even one whose tags it barely holds.</li>
 *   <li>{@link Rule#SIMILAR}: cosine similarity, highest first: the categories whose tags the post actually
 *       shares, whatever their centroid's norm. What suggestions use.</li>
 * </ul>
 * Ties go to the lower id. Models made by {@code --method spherical} or {@code lsa} were clustered by
 * cosine, so for them NEAREST is cosine too and both rules give the same order.
 *
 * <p>Immutable and thread-safe; O(post tags x k) per post.
 */
public final class Assigner {
    private final TagcatModel model;
    private final double[] centroidSquaredNorms;
    private final boolean euclidean;

    /** How categories are ranked for a post (see the class comment). */
    public enum Rule {
        /** By squared Euclidean distance to the centroid, as k-means assigns. */
        NEAREST,
        /** By cosine similarity to the centroid. */
        SIMILAR
    }

    public Assigner(TagcatModel model) {
        this.model = model;
        this.centroidSquaredNorms = model.centroids().squaredNorms();
        // spherical and LSA models were clustered by cosine: that is their k-means rule
        this.euclidean = model.parameters().method().metric() == Metric.EUCLIDEAN;
    }

    public TagcatModel model() {
        return model;
    }

    /** The post's {@code top} nearest categories, by the k-means rule ({@link Rule#NEAREST}). */
    public Assignment assign(Collection<String> tags, int top) {
        return assign(tags, top, Rule.NEAREST);
    }

    /**
     * The post's {@code top} first categories by the given rule.
     *
     * @param tags the post's tags in any spelling ({@code #Food}); normalized as posts are, unknown ones reported
     */
    public Assignment assign(Collection<String> tags, int top, Rule rule) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be >= 1, got " + top);
        }
        tags = TagNormalizer.normalizeAll(tags);
        Vocabulary vocabulary = model.vectorizer().vocabulary();
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String t : tags) {
            if (known.contains(t) || unknown.contains(t)) {
                continue;
            }
            (vocabulary.id(t) >= 0 ? known : unknown).add(t);
        }
        SparseVector x = model.vectorizer().vector(known);
        if (x.isEmpty()) {
            return new Assignment(known, unknown, x, List.of());
        }
        Centroids c = model.centroids();
        int k = c.k();
        double[] dot = new double[k];
        for (int j = 0; j < x.indices().length; j++) {
            double v = x.values()[j];
            int t = x.indices()[j];
            for (int i = 0; i < k; i++) {
                dot[i] += v * c.weight(i, t);
            }
        }
        double xSq = x.squaredNorm();
        double xNorm = Math.sqrt(xSq);
        double[] cosine = new double[k];
        double[] key = new double[k];
        for (int i = 0; i < k; i++) {
            double cNorm = Math.sqrt(centroidSquaredNorms[i]);
            cosine[i] = cNorm > 0 ? Math.max(0, Math.min(1, dot[i] / (xNorm * cNorm))) : 0;
            // what k-means compares (||x||^2 is the same for every centroid), or minus the cosine
            key[i] = rule == Rule.NEAREST && euclidean ? centroidSquaredNorms[i] - 2 * dot[i] : -cosine[i];
        }
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int cmp = Double.compare(key[a], key[b]);
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        List<Placement> placements = new ArrayList<>(Math.min(top, k));
        for (int r = 0; r < Math.min(top, k); r++) {
            int i = order[r];
            double distance = Math.max(0, xSq + centroidSquaredNorms[i] - 2 * dot[i]);
            placements.add(new Placement(model.categories().get(i), cosine[i], distance));
        }
        return new Assignment(known, unknown, x, placements);
    }

    /** A category for a post: how similar (cosine, 0..1) and how far (squared Euclidean distance). */
    public record Placement(Category category, double similarity, double squaredDistance) {
        @Override
        public String toString() {
            return category.name() + String.format(java.util.Locale.ROOT, " (%.3f)", similarity);
        }
    }

    /**
     * Where a post goes.
     *
     * @param known      the post's tags in the model's vocabulary, in the post's order
     * @param unknown    its tags the model has never seen (no training post used them, or df limits pruned them)
     * @param vector     the post's TF-IDF vector over the known tags
     * @param categories nearest first; empty when no tag is known
     */
    public record Assignment(List<String> known, List<String> unknown, SparseVector vector, List<Placement> categories) {
        public Assignment {
            known = List.copyOf(known);
            unknown = List.copyOf(unknown);
            categories = List.copyOf(categories);
        }

        /** False when none of the post's tags is in the vocabulary, so it cannot be placed. */
        public boolean placed() {
            return !categories.isEmpty();
        }

        /** The nearest category; throws when {@link #placed()} is false. */
        public Placement nearest() {
            if (categories.isEmpty()) {
                throw new IllegalStateException("post not placed: " + (unknown.isEmpty() ? "it has no tags"
                        : "none of its tags is in the model's vocabulary: " + unknown));
            }
            return categories.get(0);
        }

        @Override
        public String toString() {
            return placed() ? categories.toString() : "not placed (unknown tags " + unknown + ")";
        }
    }
}
