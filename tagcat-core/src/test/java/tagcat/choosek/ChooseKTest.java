package tagcat.choosek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tagcat.cluster.KMeansOptions;
import tagcat.eval.ClusterScoresTest;
import tagcat.generate.GeneratorOptions;
import tagcat.generate.PostGenerator;
import tagcat.linalg.CsrMatrix;
import tagcat.text.TagCorpus;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

class ChooseKTest {
    /**
     * Generator posts whose topics can be recovered from tags alone: 4,000 posts, generator seed 1, the default
     * vocabulary (25 sqrt(posts) = 1,581 tags), 10% generic tags (#instagood...) instead of 25%, and no
     * single-tag posts (a post of one generic tag has no topic to find; identical one-tag posts also form
     * perfect little clusters that reward large k). Same as
     * {@code tagcat generate --posts 4000 --seed 1 --topics T --generic-share 0.1 --single-tag-share 0}.
     */
    static CsrMatrix generated(int topics) {
        GeneratorOptions o = GeneratorOptions.defaults().withPosts(4000).withSeed(1).withTopics(topics)
                .withVocabulary(GeneratorOptions.vocabularyFor(4000)).withGenericShare(0.1).withSingleTagShare(0);
        List<List<String>> posts = new ArrayList<>();
        new PostGenerator(o).generate((i, t, tags) -> posts.add(tags));
        TagCorpus corpus = TagCorpus.of(posts);
        return TfIdfVectorizer.fit(corpus, TfIdfOptions.defaults()).transform(corpus).matrix();
    }

    /** choose-k's defaults: 3 k-means++ runs per k, seed 0, a 2,000-post silhouette sample. */
    static ChooseKResult chooseK(CsrMatrix x, String range) {
        KMeansOptions kmeans = KMeansOptions.defaults().withNInit(3).withSeed(0);
        return ChooseK.run(x, ChooseKOptions.of(KRange.parse(range), kmeans), (s, done, total) -> { });
    }

    @Test
    void recommendsAboutTwentyCategoriesForTwentyTopics() {
        ChooseKResult r = chooseK(generated(20), "5..40");
        assertThat(r.recommendedK()).as(r.reason()).isBetween(16, 24);
        assertThat(r.scores()).hasSize(36).extracting(KScore::k).startsWith(5, 6).endsWith(40);
    }

    @Test
    void withLsaItAlsoRecommendsAboutTwentyForTwentyTopics() {
        KMeansOptions kmeans = KMeansOptions.defaults().withNInit(3).withSeed(0);
        ChooseKResult r = ChooseK.run(generated(20),
                new ChooseKOptions(KRange.parse("5..40"), kmeans, ChooseKOptions.DEFAULT_SAMPLE, 1.0, tagcat.cluster.Method.LSA, 50),
                (s, done, total) -> { });
        assertThat(r.recommendedK()).as(r.reason()).isBetween(16, 24);
    }

    @Test
    void recommendsAboutTenForTenTopicsOnTheSameRangeSoTheAnswerIsNotTheRangesMiddle() {
        ChooseKResult r = chooseK(generated(10), "5..40");
        assertThat(r.recommendedK()).as(r.reason()).isBetween(8, 12);
    }

    @Test
    void sameInputSameScores() {
        CsrMatrix x = generated(5);
        assertThat(chooseK(x, "3..6:3").scores()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("seconds")
                .isEqualTo(chooseK(x, "3..6:3").scores());
    }

    static KScore score(int k, double silhouette, double error) {
        return new KScore(k, 100.0 / k, silhouette, error, 10, 1, 5, true, 0);
    }

    @Test
    void theRulePicksTheSmallestKWithinOneStandardErrorOfTheBestSilhouette() {
        ChooseKResult r = ChooseKResult.of(List.of(score(5, 0.05, 0.002), score(10, 0.089, 0.002),
                score(15, 0.090, 0.002), score(20, 0.091, 0.002), score(25, 0.07, 0.002)), 2000, 1.0);
        assertThat(r.bestSilhouetteK()).isEqualTo(20);
        assertThat(r.recommendedK()).isEqualTo(10);
        assertThat(r.reason()).contains("highest at k = 20", "k = 10 is the smallest k within one standard error");
    }

    @Test
    void theRuleSaysWhenTheSilhouetteIsStillRisingAndFallsBackToTheElbowWithoutSilhouettes() {
        ChooseKResult rising = ChooseKResult.of(List.of(score(2, 0.01, 0.001), score(3, 0.02, 0.001),
                score(4, 0.03, 0.001)), 2000, 1.0);
        assertThat(rising.recommendedK()).isEqualTo(4);
        assertThat(rising.reason()).contains("still rising at the top of the range");
        List<KScore> none = new ArrayList<>();
        double[] inertia = {100, 90, 80, 70, 69, 68, 67, 66, 65, 64};
        for (int i = 0; i < inertia.length; i++) {
            none.add(new KScore(i + 2, inertia[i], Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1, true, 0));
        }
        ChooseKResult byElbow = ChooseKResult.of(none, 2000, 1.0);
        assertThat(byElbow.recommendedK()).isEqualTo(5);
        assertThat(byElbow.reason()).contains("inertia elbow decides");
    }

    @Test
    void kRangesParseAndExplainMistakes() {
        assertThat(KRange.parse("2..10").values()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(KRange.parse(" 10..30:10 ").values()).containsExactly(10, 20, 30);
        assertThat(KRange.parse("5..12:5").values()).containsExactly(5, 10);
        assertThat(KRange.parse("5..12:5")).hasToString("5..12:5");
        assertThatThrownBy(() -> KRange.parse("10")).hasMessageContaining("should look like 2..200");
        assertThatThrownBy(() -> KRange.parse("1..5")).hasMessageContaining("start at 2 or more");
        assertThatThrownBy(() -> KRange.parse("9..5")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> KRange.parse("2..9:0")).hasMessageContaining("step must be >= 1");
        assertThatThrownBy(() -> KRange.parse("a..b")).hasMessageContaining("whole numbers");
    }

    @Test
    void aRangeBeyondThePostsIsRefusedBeforeAnyWork() {
        CsrMatrix x = ClusterScoresTest.LINE;
        assertThatThrownBy(() -> chooseK(x, "2..5")).hasMessageContaining("k = 5 is larger than the number of posts (4)");
    }
}
