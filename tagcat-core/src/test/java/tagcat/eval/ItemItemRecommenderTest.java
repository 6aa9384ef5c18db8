package tagcat.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tagcat.text.TagCorpus;

class ItemItemRecommenderTest {
    private static final TagCorpus POSTS = TagCorpus.of(List.of(List.of("a", "b"), List.of("a", "b"),
            List.of("a", "c"), List.of("d", "e"), List.of("b", "c", "f")));

    @Test
    void eachModelRanksTheStrongestCompanionFirstAndNeverTheOwnTagsOrStrangers() {
        for (Recommender r : List.of(ItemItemRecommender.itemKnn(POSTS), ItemItemRecommender.rp3beta(POSTS, 0.15),
                ItemItemRecommender.ease(POSTS, 1))) {
            List<String> forA = r.recommend(List.of("a"), 3);
            assertThat(forA).first().isEqualTo("b");
            assertThat(forA).doesNotContain("a").doesNotContain("d", "e"); // d and e never meet a
            assertThat(r.recommend(List.of("a", "b"), 10)).doesNotContain("a", "b").startsWith("c");
            assertThat(r.recommend(List.of("unknown"), 5)).isEmpty();
        }
    }

    @Test
    void itemKnnIsCosineAndRp3betaDampsPopularTags() {
        // for c (df 2): f (df 1, 1 shared post) 1/sqrt(2); a and b (df 3, 1 shared each) 1/sqrt(6), tied: alphabetical
        assertThat(ItemItemRecommender.itemKnn(POSTS).recommend(List.of("c"), 3)).containsExactly("f", "a", "b");
        // RP3beta: W[c][j] = (1/df c) sum 1/|u| / df(j)^beta; beta 1 damps b (df 3) below f (df 1)
        assertThat(ItemItemRecommender.rp3beta(POSTS, 1).recommend(List.of("c"), 3)).first().isEqualTo("f");
    }

    @Test
    void theCholeskyInverseInvertsAPositiveDefiniteMatrix() {
        int v = 40;
        SplittableRandom rng = new SplittableRandom(3);
        double[] m = new double[v * v];
        for (int i = 0; i < v * v; i++) {
            m[i] = rng.nextDouble() - 0.5;
        }
        double[] a = new double[v * v]; // M Mᵀ + v I
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < v; j++) {
                double s = i == j ? v : 0;
                for (int k = 0; k < v; k++) {
                    s += m[i * v + k] * m[j * v + k];
                }
                a[i * v + j] = s;
            }
        }
        double[] inv = ItemItemRecommender.inverseOfPositiveDefinite(a, v);
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < v; j++) {
                double s = 0;
                for (int k = 0; k < v; k++) {
                    s += a[i * v + k] * inv[k * v + j];
                }
                assertThat(s).isCloseTo(i == j ? 1 : 0, within(1e-9));
            }
        }
    }
}
