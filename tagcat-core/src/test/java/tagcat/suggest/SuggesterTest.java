package tagcat.suggest;

import tagcat.train.Training;
import tagcat.train.TrainingListener;
import tagcat.train.TrainingOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import tagcat.category.CategoryOptions;
import tagcat.cluster.KMeansListener;
import tagcat.ingest.OnError;
import tagcat.model.ReadCounts;
import tagcat.model.TagcatModel;
import tagcat.text.TagCorpus;

class SuggesterTest {
    private final TagcatModel article = ArticleModel.model();

    private Suggester suggester(TagcatModel m, SuggestOptions o) {
        return new Suggester(m, Popularity.fromModel(m, 1), o);
    }

    @Test
    void aPostTaggedFoodGetsItalyAndNeverArchitecture() {
        for (double b : new double[] {0, 0.5, 0.9, 1}) {
            for (int m : new int[] {1, 2, 3}) {
                Suggester.Suggestions s = suggester(article, SuggestOptions.defaults().withCooccurrenceWeight(b).withCategories(m))
                        .suggest(List.of("food"));
                assertThat(s.tags()).as("b=%s m=%s", b, m).containsExactly("italy");
                assertThat(s.assignment().nearest().category().name()).isEqualTo("food_italy");
            }
        }
        Suggester.Suggestion italy = suggester(article, SuggestOptions.defaults()).suggest(List.of("food")).suggestions().get(0);
        assertThat(italy.score()).isEqualTo(1.0);
        assertThat(italy.category().name()).isEqualTo("food_italy");
        assertThat(italy.posts()).hasValue(4);
        assertThat(italy.weight()).isCloseTo(ArticleModel.CENTROID_ITALY, within(1e-7)); // float tf-idf
        assertThat(italy.cooccurrence()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(italy.companion()).isEqualTo("food");
        assertThat(italy.spread()).isCloseTo(2.0, within(1e-12));
        assertThat(italy.why()).isEqualTo("weight 0.434 in food_italy; on 67% of #food posts; spread over 2.0 categories, idf 1.34");
    }

    @Test
    void theCategoriesUsedAreTheNearestThatShareATagWithThePost() {
        Suggester.Suggestions s = suggester(article, SuggestOptions.defaults()).suggest(List.of("food"));
        assertThat(s.assignment().categories()).extracting(p -> p.category().name()).containsExactly("food_italy");
        Suggester.Suggestions both = suggester(article, SuggestOptions.defaults()).suggest(List.of("italy"));
        assertThat(both.assignment().categories()).hasSize(2);
        // symmetric: equal scores and posts, so code point order decides
        assertThat(both.tags()).containsExactly("architecture", "food");
        assertThat(both.suggestions().get(0).score()).isEqualTo(both.suggestions().get(1).score());
    }

    @Test
    void suggestionsComeFromTheCategoriesThatShareThePostsTagsNotAMixedOneNearTheOrigin() {
        TagcatModel m = AssignerTest.mixedAndFood();
        Suggester.Suggestions s = suggester(m, SuggestOptions.defaults().withCategories(1).withCooccurrenceWeight(0))
                .suggest(List.of("pizza"));
        assertThat(s.assignment().categories()).extracting(p -> p.category().name()).containsExactly("food_pizza");
        assertThat(s.tags()).containsExactly("food");
    }

    @Test
    void tagsOutsideTheBandAreSetAsideWithTheReason() throws IOException {
        Popularity table = Popularity.read("pop.csv", new StringReader("italy,380m\narchitecture,2m\n"), OnError.SKIP);
        SuggestOptions band = SuggestOptions.defaults().withBand(SuggestOptions.ARTICLE_MIN_POSTS, SuggestOptions.ARTICLE_MAX_POSTS);
        Suggester.Suggestions s = new Suggester(article, table, band).suggest(List.of("food"));
        assertThat(s.suggestions()).isEmpty();
        assertThat(s.rejected()).singleElement().satisfies(r -> {
            assertThat(r.tag()).isEqualTo("italy");
            assertThat(r.posts()).hasValue(380_000_000L);
            assertThat(r.reason()).isEqualTo("380m posts, above the band's 10m");
        });
        Suggester.Suggestions arch = new Suggester(article, table, band).suggest(List.of("italy"));
        assertThat(arch.tags()).containsExactly("architecture");
        assertThat(arch.suggestions().get(0).posts()).hasValue(2_000_000L);
        assertThat(arch.rejected()).singleElement().satisfies(r -> {
            assertThat(r.tag()).isEqualTo("food");
            assertThat(r.reason()).isEqualTo("popularity unknown (not in the popularity table)");
        });
        Suggester.Suggestions low = new Suggester(article, table, SuggestOptions.defaults().withBand(5_000_000, Long.MAX_VALUE))
                .suggest(List.of("italy"));
        assertThat(low.rejected()).extracting(Suggester.Rejection::reason)
                .containsExactly("2m posts, below the band's 5m", "popularity unknown (not in the popularity table)");
    }

    @Test
    void tagsThatAreNotSpecificEnoughAreSetAside() {
        Suggester.Suggestions spread = suggester(article, SuggestOptions.defaults().withMaxSpread(1.5)).suggest(List.of("food"));
        assertThat(spread.suggestions()).isEmpty();
        assertThat(spread.rejected()).extracting(Suggester.Rejection::reason)
                .containsExactly("not specific: spread over 2.0 categories, more than the max spread 1.5");
        assertThat(spread.rejected()).extracting(Suggester.Rejection::code, Suggester.Rejection::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Suggester.Rejection.Reason.SPREAD, 2.0));
        Suggester.Suggestions idf = suggester(article, SuggestOptions.defaults().withMinIdf(1.4)).suggest(List.of("food"));
        assertThat(idf.rejected()).extracting(Suggester.Rejection::reason)
                .containsExactly("not specific: idf 1.34 below the min idf 1.4 (on 66.7% of posts)");
        assertThat(suggester(article, SuggestOptions.defaults().withMaxSpread(2).withMinIdf(1.3)).suggest(List.of("food")).tags())
                .containsExactly("italy");
    }

    @Test
    void aPostTheModelCannotPlaceGetsNothingAndSaysWhy() {
        Suggester.Suggestions s = suggester(article, SuggestOptions.defaults()).suggest(List.of("zzz"));
        assertThat(s.suggestions()).isEmpty();
        assertThat(s.assignment().placed()).isFalse();
        assertThat(s.assignment().unknown()).containsExactly("zzz");
        assertThat(suggester(article, SuggestOptions.defaults()).suggest(List.of()).suggestions()).isEmpty();
    }

    /** pizza posts: #margherita goes with #pizza; #carbonara only with #pasta, in the same category. */
    private static TagcatModel food(int cooccurrence) {
        TagCorpus corpus = TagCorpus.of(List.of(
                List.of("food", "pizza", "margherita"), List.of("food", "pizza", "margherita"), List.of("food", "pizza"),
                List.of("food", "pasta", "carbonara"), List.of("food", "pasta", "carbonara"), List.of("food", "pasta", "carbonara"),
                List.of("food", "pasta", "carbonara")));
        TrainingOptions o = TrainingOptions.defaults().withK(1).withThreads(1).withCooccurrence(cooccurrence)
                .withMethod(tagcat.cluster.Method.LSA);
        return Training.fit(corpus, new ReadCounts(List.of("-"), 7, 0, 0), o, TrainingListener.NONE).model();
    }

    @Test
    void coOccurrencePutsTheTagsThatGoWithThePostFirst() {
        TagcatModel withCounts = food(100);
        // category weight alone: the most used tags of the one category lead (#carbonara and #pasta are on the
        // same 4 posts, so they tie and code point order decides)
        assertThat(suggester(withCounts, SuggestOptions.defaults().withCooccurrenceWeight(0)).suggest(List.of("pizza")).tags())
                .containsExactly("food", "carbonara", "pasta", "margherita");
        // blended: #margherita (on 2 of 3 #pizza posts) outranks #pasta and #carbonara (never with #pizza)
        Suggester.Suggestions s = suggester(withCounts, SuggestOptions.defaults()).suggest(List.of("pizza"));
        assertThat(s.tags()).containsExactly("food", "margherita", "carbonara", "pasta");
        assertThat(s.suggestions().get(1).cooccurrence()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.suggestions().get(2).cooccurrence()).isZero();
        // a model without counts ranks by category weight and the suggester says so
        Suggester plain = suggester(food(0), SuggestOptions.defaults());
        assertThat(plain.usesCooccurrence()).isFalse();
        assertThat(plain.suggest(List.of("pizza")).tags()).containsExactly("food", "carbonara", "pasta", "margherita");
    }

    @Test
    void theLimitCutsTheRankedList() {
        assertThat(suggester(food(100), SuggestOptions.defaults().withLimit(2)).suggest(List.of("pizza")).tags())
                .containsExactly("food", "margherita");
    }

    @Test
    void optionsAreCheckedNamingTheBadValue() {
        SuggestOptions d = SuggestOptions.defaults();
        assertThatThrownBy(() -> d.withLimit(0)).hasMessageContaining("limit must be >= 1, got 0");
        assertThatThrownBy(() -> d.withCategories(0)).hasMessageContaining("categories must be >= 1");
        assertThatThrownBy(() -> d.withBand(10_000_000, 100_000)).hasMessageContaining("min posts 10m is above max posts 100k");
        assertThatThrownBy(() -> d.withCooccurrenceWeight(1.5)).hasMessageContaining("[0, 1], got 1.5");
        assertThatThrownBy(() -> d.withMaxSpread(0.5)).hasMessageContaining("max spread must be >= 1");
        assertThatThrownBy(() -> d.withMinIdf(-1)).hasMessageContaining("min idf must be >= 0");
        assertThat(d.hasBand()).isFalse();
        assertThat(d.categories()).isEqualTo(3);
        assertThat(d.cooccurrenceWeight()).isEqualTo(0.9);
    }
}
