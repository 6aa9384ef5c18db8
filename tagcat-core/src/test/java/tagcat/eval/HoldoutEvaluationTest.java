package tagcat.eval;

import tagcat.train.Training;
import tagcat.train.TrainingListener;
import tagcat.train.TrainingOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tagcat.category.CategoryOptions;
import tagcat.cluster.KMeansListener;
import tagcat.generate.GeneratorOptions;
import tagcat.generate.PostGenerator;
import tagcat.ingest.Post;
import tagcat.suggest.SuggestOptions;
import tagcat.text.TagCorpus;

class HoldoutEvaluationTest {
    static HoldoutEvaluation.Options options(int k, long seed, boolean ablation) {
        return new HoldoutEvaluation.Options(0.2, seed, TrainingOptions.defaults().withK(k).withSeed(seed).withThreads(1),
                SuggestOptions.defaults(), null, ablation);
    }

    /** 20 posts {a,b}, 20 {c,d}, 30 {e..j}: three topics no two of which share a tag. */
    static TagCorpus threeTopics(List<String> labels) {
        TagCorpus.Builder b = TagCorpus.builder();
        int line = 1;
        for (int i = 0; i < 70; i++) {
            List<String> tags = i < 20 ? List.of("a", "b") : i < 40 ? List.of("c", "d") : List.of("e", "f", "g", "h", "i", "j");
            b.accept(new Post("three", line++, tags));
            labels.add(i < 20 ? "ab" : i < 40 ? "cd" : "ej");
        }
        return b.build();
    }

    @Test
    void onSeparateTopicsTagcatAndCoOccurrenceFindEveryHiddenTagAndPopularityOnlyTheBigTopics() {
        List<String> labels = new ArrayList<>();
        TagCorpus corpus = threeTopics(labels);
        HoldoutEvaluation.Result r = HoldoutEvaluation.run(corpus, labels.toArray(String[]::new), options(3, 1, true),
                TrainingListener.NONE);
        assertThat(r.posts()).isEqualTo(70);
        assertThat(r.test()).isEqualTo(14);
        assertThat(r.train()).isEqualTo(56);
        assertThat(r.evaluated()).isEqualTo(14);
        assertThat(r.notPlaced()).isZero();
        assertThat(r.recallCeiling()).isEqualTo(1.0);
        assertThat(r.methods()).extracting(HoldoutEvaluation.MethodScores::method).containsExactly(HoldoutEvaluation.TAGCAT,
                HoldoutEvaluation.POPULAR, HoldoutEvaluation.COOCCURRENCE, HoldoutEvaluation.ITEM_KNN,
                HoldoutEvaluation.RP3BETA, HoldoutEvaluation.EASE, "tagcat, category weight only (b=0)",
                "tagcat, co-occurrence only (b=1)", "tagcat, most similar category only (m=1)", "tagcat, all categories (m=k)");
        for (HoldoutEvaluation.MethodScores m : r.methods()) {
            if (!m.method().equals(HoldoutEvaluation.POPULAR)) {
                assertThat(m.recall5()).as(m.method()).isEqualTo(1.0);
                assertThat(m.recall10()).as(m.method()).isEqualTo(1.0);
            }
        }
        // popular tags are e..j: they find the hidden tags of {e..j} posts only
        HoldoutEvaluation.MethodScores popular = r.method(HoldoutEvaluation.POPULAR);
        assertThat(popular.recall5()).isBetween(0.0, 1.0).isNotIn(0.0, 1.0);
        assertThat(popular.precision5()).isCloseTo(0.6 * popular.recall5(), within(1e-12));
        // tagcat finds 1 of 5 on {a,b} and {c,d} posts and 3 of 5 on {e..j} posts, whose share popular recall is
        assertThat(r.method(HoldoutEvaluation.TAGCAT).precision5()).isCloseTo(0.2 + 0.4 * popular.recall5(), within(1e-12));
        // with k = 3 the categories are exactly the topics
        assertThat(r.trainAgreement().nmi()).isCloseTo(1.0, within(1e-12));
        assertThat(r.trainAgreement().ari()).isCloseTo(1.0, within(1e-12));
        assertThat(r.testAgreement().nmi()).isCloseTo(1.0, within(1e-12));
        assertThat(r.testAgreement().posts()).isEqualTo(14);
        assertThat(r.trainAgreement().labels()).isEqualTo(3);
        assertThat(r.differences()).extracting(HoldoutEvaluation.Difference::versus)
                .containsExactly(HoldoutEvaluation.POPULAR, HoldoutEvaluation.COOCCURRENCE, HoldoutEvaluation.ITEM_KNN,
                        HoldoutEvaluation.RP3BETA, HoldoutEvaluation.EASE);
        for (int i = 1; i < 5; i++) { // every item-item model finds every hidden tag here too
            assertThat(r.differences().get(i).meanRecall10()).as(r.differences().get(i).versus()).isZero();
        }
        assertThat(r.differences().get(0).meanRecall10()).isCloseTo(1 - popular.recall10(), within(1e-12));
        assertThat(r.toString()).contains("tagcat suggest", "NMI 1.0000", "14 test posts with >= 2 tags scored");
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedAnotherSplit() {
        List<String> labels = new ArrayList<>();
        TagCorpus corpus = threeTopics(labels);
        HoldoutEvaluation.Result a = HoldoutEvaluation.run(corpus, null, options(3, 7, false), TrainingListener.NONE);
        HoldoutEvaluation.Result b = HoldoutEvaluation.run(corpus, null, options(3, 7, false), TrainingListener.NONE);
        assertThat(a).isEqualTo(b);
        assertThat(a.trainAgreement()).isNull();
        HoldoutEvaluation.Result c = HoldoutEvaluation.run(corpus, null, options(3, 8, false), TrainingListener.NONE);
        assertThat(c.method(HoldoutEvaluation.POPULAR)).isNotEqualTo(a.method(HoldoutEvaluation.POPULAR));
    }

    static TagCorpus generated(List<String> topics) {
        PostGenerator g = new PostGenerator(GeneratorOptions.defaults().withPosts(3000).withSeed(11)
                .withVocabulary(GeneratorOptions.vocabularyFor(3000)));
        TagCorpus.Builder b = TagCorpus.builder();
        g.generate((index, topic, tags) -> {
            b.accept(new Post("gen", index + 1, tags));
            topics.add(g.topicNames().get(topic));
        });
        return b.build();
    }

    @Test
    void onGeneratedPostsTagcatDoublesThePopularityBaselineAndMatchesCoOccurrence() {
        List<String> topics = new ArrayList<>();
        TagCorpus corpus = generated(topics);
        HoldoutEvaluation.Result r = HoldoutEvaluation.run(corpus, topics.toArray(String[]::new), options(30, 1, false),
                TrainingListener.NONE);
        double tagcat = r.method(HoldoutEvaluation.TAGCAT).recall10();
        assertThat(tagcat).isGreaterThan(2 * r.method(HoldoutEvaluation.POPULAR).recall10());
        HoldoutEvaluation.Difference vsCo = r.differences().get(1);
        assertThat(vsCo.meanRecall10()).as(r.toString()).isGreaterThan(-3 * vsCo.standardError() - 1e-9);
        assertThat(r.trainAgreement().nmi()).isBetween(0.4, 1.0);
        assertThat(r.trainAgreement().ari()).isBetween(0.05, 1.0);
    }

    @Test
    void withAllCategoriesAllPairsAndCoOccurrenceOnlyTagcatRanksExactlyAsTheCoOccurrenceBaseline() {
        // a check on both implementations: in this limit the category constraint and blend vanish
        HoldoutEvaluation.Options o = options(30, 1, false);
        HoldoutEvaluation.Options limit = new HoldoutEvaluation.Options(o.holdout(), o.seed(),
                o.training().withCooccurrence(1_000_000), o.suggest().withCategories(30).withCooccurrenceWeight(1), null, false);
        HoldoutEvaluation.Result r = HoldoutEvaluation.run(generated(new ArrayList<>()), null, limit, TrainingListener.NONE);
        assertThat(r.method(HoldoutEvaluation.TAGCAT)).usingRecursiveComparison().ignoringFields("method")
                .isEqualTo(r.method(HoldoutEvaluation.COOCCURRENCE));
        assertThat(r.differences().get(1).standardError()).isZero();
    }

    @Test
    void aHoldoutThatLeavesNothingToTrainOrTestIsRejected() {
        List<String> labels = new ArrayList<>();
        TagCorpus corpus = threeTopics(labels);
        assertThatThrownBy(() -> new HoldoutEvaluation.Options(1.0, 1, null, SuggestOptions.defaults(), null, false))
                .hasMessageContaining("between 0 and 1");
        HoldoutEvaluation.Options tiny = new HoldoutEvaluation.Options(0.001, 1, options(3, 1, false).training(),
                SuggestOptions.defaults(), null, false);
        assertThatThrownBy(() -> HoldoutEvaluation.run(corpus, null, tiny, TrainingListener.NONE)).hasMessageContaining("no test");
        assertThatThrownBy(() -> HoldoutEvaluation.run(corpus, new String[3], options(3, 1, false), TrainingListener.NONE))
                .hasMessageContaining("3 labels for 70 posts");
    }
}
