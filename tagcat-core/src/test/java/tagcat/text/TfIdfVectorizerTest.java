package tagcat.text;

import tagcat.linalg.CsrMatrix;
import tagcat.linalg.SparseVector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import tagcat.ArticleExample;

class TfIdfVectorizerTest {
    private final TfIdfVectorizer vectorizer = TfIdfVectorizer.fit(ArticleExample.corpus(), TfIdfOptions.defaults());
    private final CsrMatrix x = vectorizer.transform(ArticleExample.corpus()).matrix();

    @Test
    void vocabularyIsSortedLikeSklearnFeatureNames() {
        assertThat(vectorizer.vocabulary().terms()).containsExactly("architecture", "food", "italy");
    }

    @Test
    void idfIsSmoothedNaturalLogPlusOne() {
        int food = vectorizer.vocabulary().id("food");
        int italy = vectorizer.vocabulary().id("italy");
        assertThat(vectorizer.idf(food)).isCloseTo(Math.log(7.0 / 4.0) + 1, within(1e-12));
        assertThat(vectorizer.idf(italy)).isCloseTo(Math.log(7.0 / 5.0) + 1, within(1e-12));
    }

    @Test
    void reproducesTheArticlesTfIdfTable() {
        int arch = 0;
        int food = 1;
        int italy = 2;
        for (int post : new int[] {0, 1}) {
            assertThat(x.get(post, food)).isCloseTo(ArticleExample.FOOD_IN_FOOD_ITALY, within(5e-4));
            assertThat(x.get(post, italy)).isCloseTo(ArticleExample.ITALY_IN_FOOD_ITALY, within(5e-4));
            assertThat(x.get(post, arch)).isZero();
        }
        for (int post : new int[] {3, 4}) {
            assertThat(x.get(post, arch)).isCloseTo(ArticleExample.FOOD_IN_FOOD_ITALY, within(5e-4));
            assertThat(x.get(post, italy)).isCloseTo(ArticleExample.ITALY_IN_FOOD_ITALY, within(5e-4));
        }
        assertThat(x.get(2, food)).isEqualTo(1.0);
        assertThat(x.get(5, arch)).isEqualTo(1.0);
    }

    @Test
    void everyRowHasUnitLength() {
        for (int r = 0; r < x.rows(); r++) {
            assertThat(x.rowSquaredNorm(r)).isCloseTo(1.0, within(1e-6));
        }
    }

    @Test
    void maxDfAsFractionDropsOverusedTags() {
        TfIdfVectorizer v = TfIdfVectorizer.fit(ArticleExample.corpus(), TfIdfOptions.defaults().withMaxDf(DfBound.parse("0.5")));
        assertThat(v.vocabulary().terms()).containsExactly("architecture", "food");
        // sklearn keeps counting all six posts in n
        assertThat(v.idf(v.vocabulary().id("food"))).isCloseTo(Math.log(7.0 / 4.0) + 1, within(1e-12));
    }

    @Test
    void minDfAsCountDropsRareTagsAndPostsLeftWithoutTagsAreCounted() {
        TfIdfVectorizer v = TfIdfVectorizer.fit(ArticleExample.corpus(), TfIdfOptions.defaults().withMinDf(DfBound.parse("4")));
        assertThat(v.vocabulary().terms()).containsExactly("italy");
        TfIdfVectorizer.Vectorized out = v.transform(ArticleExample.corpus());
        assertThat(out.outOfVocabulary()).isEqualTo(2);
        assertThat(out.postOfRow()).containsExactly(0, 1, 3, 4);
        assertThat(v.documents()).isEqualTo(6);
    }

    @Test
    void aBatchTakesNoPostWithoutTagsSoEveryPostIsARow() {
        tagcat.ingest.PostBatch.Builder batch = new tagcat.ingest.PostBatch.Builder();
        batch.add(1, List.of("sea", "sky"));
        assertThatThrownBy(() -> batch.add(2, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
        batch.add(3, List.of("sea"));
        TagCorpus.Builder builder = TagCorpus.builder();
        builder.acceptBatch(batch.build("x"));
        TagCorpus corpus = builder.build();
        TfIdfVectorizer.Vectorized out = TfIdfVectorizer.fit(corpus, TfIdfOptions.defaults()).transform(corpus);
        assertThat(out.postOfRow()).containsExactly(0, 1);
        assertThat(out.matrix().rows()).isEqualTo(2);
        assertThat(out.matrix().nnz()).isEqualTo(3);
        assertThat(out.outOfVocabulary()).isZero();
    }

    @Test
    void maxFeaturesKeepsTheMostFrequentBreakingTiesAlphabetically() {
        TfIdfVectorizer v = TfIdfVectorizer.fit(ArticleExample.corpus(), TfIdfOptions.defaults().withMaxFeatures(2));
        // italy df 4; architecture and food both df 3: the alphabetically first wins
        assertThat(v.vocabulary().terms()).containsExactly("architecture", "italy");
    }

    @Test
    void pruningEverythingIsAClearError() {
        assertThatThrownBy(() -> TfIdfVectorizer.fit(ArticleExample.corpus(), TfIdfOptions.defaults().withMinDf(DfBound.count(5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no tags remain");
        assertThatThrownBy(() -> TfIdfVectorizer.fit(ArticleExample.corpus(),
                TfIdfOptions.defaults().withMinDf(DfBound.count(5)).withMaxDf(DfBound.count(2))))
                .hasMessageContaining("max-df");
    }

    @Test
    void aNewPostIsVectorizedWithTheCorpusIdfIgnoringUnknownTags() {
        SparseVector v = vectorizer.vector(List.of("food", "unknowntag", "italy"));
        assertThat(v.indices()).containsExactly(1, 2);
        assertThat(v.values()[0]).isCloseTo((float) ArticleExample.FOOD_IN_FOOD_ITALY, within(5e-4f));
        assertThat(vectorizer.vector(List.of("nothing")).isEmpty()).isTrue();
    }

    @Test
    void dfBoundParsesCountsFractionsAndPercentages() {
        assertThat(DfBound.parse("5")).isEqualTo(DfBound.count(5));
        assertThat(DfBound.parse("1.0")).isEqualTo(DfBound.fraction(1.0));
        assertThat(DfBound.parse("50%")).isEqualTo(DfBound.fraction(0.5));
        assertThatThrownBy(() -> DfBound.parse("1.5")).hasMessageContaining("1.5");
        assertThatThrownBy(() -> DfBound.parse("many")).hasMessageContaining("many");
    }

    @Test
    void transposeKeepsRowsAscendingWithinEachColumn() {
        CsrMatrix t = x.transpose();
        assertThat(t.rows()).isEqualTo(3);
        for (int r = 0; r < x.rows(); r++) {
            for (int c = 0; c < x.cols(); c++) {
                assertThat(t.get(c, r)).isEqualTo(x.get(r, c));
            }
        }
        assertThat(t.indices()).isEqualTo(new int[] {3, 4, 5, 0, 1, 2, 0, 1, 3, 4});
    }

    @Test
    void codePointOrderMatchesPythonBeyondTheBasicPlane() {
        // U+FF5E (BMP) sorts before U+1F600 in code point order, after it in UTF-16 order
        assertThat(Vocabulary.compareCodePoints("\uFF5E", "\uD83D\uDE00")).isNegative();
        assertThat("\uFF5E".compareTo("\uD83D\uDE00")).isPositive();
    }
}
