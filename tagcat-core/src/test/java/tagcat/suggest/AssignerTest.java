package tagcat.suggest;

import tagcat.train.Training;
import tagcat.train.TrainingListener;
import tagcat.train.TrainingOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import tagcat.category.CategoryOptions;
import tagcat.cluster.KMeansListener;
import tagcat.generate.GeneratorOptions;
import tagcat.generate.PostGenerator;
import tagcat.model.ReadCounts;
import tagcat.model.TagcatModel;
import tagcat.text.TagCorpus;

class AssignerTest {
    /** Posts of the generator (and their topics into {@code topics}, when given). */
    static TagCorpus generated(int posts, long seed, List<String> topics) {
        PostGenerator g = new PostGenerator(GeneratorOptions.defaults().withPosts(posts).withSeed(seed)
                .withVocabulary(GeneratorOptions.vocabularyFor(posts)));
        TagCorpus.Builder b = TagCorpus.builder();
        g.generate((index, topic, tags) -> {
            b.accept(new tagcat.ingest.Post("gen", index + 1, tags));
            if (topics != null) {
                topics.add(g.topicNames().get(topic));
            }
        });
        return b.build();
    }

    private final Assigner assigner = new Assigner(ArticleModel.model());

    @Test
    void aNewPostTaggedFoodGoesToTheFoodCategoryWithItsCosine() {
        Assigner.Assignment a = assigner.assign(List.of("food"), 1);
        assertThat(a.placed()).isTrue();
        assertThat(a.nearest().category().name()).isEqualTo("food_italy");
        double cosine = ArticleModel.CENTROID_FOOD / Math.hypot(ArticleModel.CENTROID_FOOD, ArticleModel.CENTROID_ITALY);
        assertThat(a.nearest().similarity()).isCloseTo(cosine, within(1e-6));
        assertThat(a.nearest().similarity()).isCloseTo(0.8884, within(1e-4));
        assertThat(a.categories()).hasSize(1);
    }

    @Test
    void topCategoriesComeNearestFirstWithDistancesAndScores() {
        Assigner.Assignment a = assigner.assign(List.of("architecture", "italy"), 2);
        assertThat(a.categories()).extracting(p -> p.category().name()).containsExactly("architecture_italy", "food_italy");
        assertThat(a.categories().get(0).squaredDistance()).isLessThan(a.categories().get(1).squaredDistance());
        assertThat(a.categories().get(0).similarity()).isCloseTo(0.9733, within(1e-4));
        assertThat(a.categories().get(1).similarity()).isCloseTo(0.2987, within(1e-4));
        assertThat(assigner.assign(List.of("food"), 5).categories()).hasSize(2);
    }

    @Test
    void unknownTagsAreSetAsideAndAPostOfOnlyUnknownTagsIsNotPlaced() {
        Assigner.Assignment a = assigner.assign(List.of("zzz", "food", "zzz"), 1);
        assertThat(a.known()).containsExactly("food");
        assertThat(a.unknown()).containsExactly("zzz");
        assertThat(a.nearest().category().name()).isEqualTo("food_italy");

        Assigner.Assignment none = assigner.assign(List.of("zzz"), 1);
        assertThat(none.placed()).isFalse();
        assertThat(none.categories()).isEmpty();
        assertThatThrownBy(none::nearest).hasMessageContaining("zzz");
        assertThat(assigner.assign(List.of(), 1).placed()).isFalse();
        assertThatThrownBy(() -> assigner.assign(List.of("food"), 0)).hasMessageContaining("top must be >= 1");
    }

    /**
     * Two categories over pizza, food, love: a mixed one near the origin (pizza 0.05, love 0.3, 100 posts) and a
     * food one (pizza 0.6, food 1.2, 10 posts): a {pizza} post is nearer the first but points along the second.
     */
    static TagcatModel mixedAndFood() {
        TagcatModel base = ArticleModel.model();
        tagcat.text.Vocabulary v = new tagcat.text.Vocabulary(List.of("food", "love", "pizza"), new int[] {10, 60, 20});
        return new TagcatModel(base.tagcatVersion(), base.parameters(), base.input(),
                new tagcat.text.TfIdfVectorizer(v, new double[] {2, 1.5, 1.8}, 110, base.parameters().tfidf()),
                tagcat.cluster.Centroids.fromRows(new double[][] {{0, 0.3, 0.05}, {1.2, 0, 0.6}}, 3),
                List.of(new tagcat.category.Category(0, "love", 100, List.of(), 3),
                        new tagcat.category.Category(1, "food_pizza", 10, List.of(), 3)), base.fit());
    }

    @Test
    void theKMeansRuleCanPickAMixedCategoryNearTheOriginAndTheSimilarityRuleTheOneWithThePostsTags() {
        Assigner a = new Assigner(mixedAndFood());
        Assigner.Assignment nearest = a.assign(List.of("pizza"), 2, Assigner.Rule.NEAREST);
        assertThat(nearest.categories()).extracting(p -> p.category().name()).containsExactly("love", "food_pizza");
        assertThat(nearest.categories().get(0).squaredDistance()).isCloseTo(1 + 0.0925 - 0.1, within(1e-12));
        assertThat(nearest.categories().get(1).squaredDistance()).isCloseTo(1 + 1.8 - 1.2, within(1e-12));
        Assigner.Assignment similar = a.assign(List.of("pizza"), 2, Assigner.Rule.SIMILAR);
        assertThat(similar.categories()).extracting(p -> p.category().name()).containsExactly("food_pizza", "love");
        assertThat(similar.nearest().similarity()).isCloseTo(0.6 / Math.sqrt(1.8), within(1e-12));
        assertThat(similar.categories().get(1).similarity()).isCloseTo(0.05 / Math.sqrt(0.0925), within(1e-12));
        assertThat(a.assign(List.of("pizza"), 1).nearest().category().name()).isEqualTo("love"); // NEAREST by default
    }

    @Test
    void everyTrainingPostIsPlacedWhereKMeansPutIt() {
        TagCorpus corpus = generated(1500, 3, null);
        TrainingOptions o = TrainingOptions.defaults().withK(12).withSeed(5).withThreads(1).withCooccurrence(0)
                .withMethod(tagcat.cluster.Method.ARTICLE);
        tagcat.train.TrainingResult t = Training.fit(corpus, new ReadCounts(List.of("gen"), corpus.size(), 0, 0), o,
                TrainingListener.NONE);
        TagcatModel model = t.model();
        Assigner a = new Assigner(model);
        int[] postOfRow = t.vectors().postOfRow();
        for (int r = 0; r < postOfRow.length; r++) {
            assertThat(a.assign(corpus.tagsOf(postOfRow[r]), 1).nearest().category().id()).as("row " + r)
                    .isEqualTo(t.kmeans().label(r));
        }
    }
}
