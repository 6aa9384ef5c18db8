package tagcat.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tagcat.ArticleExample;
import tagcat.cluster.KMeans;
import tagcat.cluster.KMeansOptions;
import tagcat.cluster.KMeansResult;
import tagcat.linalg.CsrMatrix;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

class ClusterProjectionTest {
    @Test
    void centroidsLandOnTheMeanOfTheirPostsBecauseTheProjectionIsLinear() {
        CsrMatrix x = TfIdfVectorizer.fit(ArticleExample.corpus(), TfIdfOptions.defaults())
                .transform(ArticleExample.corpus()).matrix();
        KMeansResult fit = KMeans.fit(x, KMeansOptions.defaults().withK(2).withThreads(1));
        ClusterProjection p = ClusterProjection.of(x, fit.labels(), fit.centroids(), 3, 100, 0);
        assertThat(p.points()).isEqualTo(6);
        assertThat(p.k()).isEqualTo(2);
        for (int c = 0; c < 2; c++) {
            for (int d = 0; d < 3; d++) {
                double sum = 0;
                int n = 0;
                for (int i = 0; i < p.points(); i++) {
                    if (p.labels()[i] == c) {
                        sum += p.coordinate(i, d);
                        n++;
                    }
                }
                assertThat(p.centroid(c, d)).as("centroid %d, dim %d", c, d).isCloseTo(sum / n, within(1e-6));
            }
        }
        // three tags, three components: all of the variance is shown
        double shown = 0;
        for (double v : p.explainedVarianceRatio()) {
            shown += v;
        }
        assertThat(shown).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aSampleOfPostsIsDrawnAndKeepsItsLabels() {
        CsrMatrix x = TfIdfVectorizer.fit(ArticleExample.corpus(), TfIdfOptions.defaults())
                .transform(ArticleExample.corpus()).matrix();
        int[] labels = {0, 0, 0, 1, 1, 1};
        KMeansResult fit = KMeans.fit(x, KMeansOptions.defaults().withK(2).withThreads(1));
        ClusterProjection p = ClusterProjection.of(x, labels, fit.centroids(), 2, 4, 7);
        assertThat(p.rows()).hasSize(4).isSorted();
        for (int i = 0; i < 4; i++) {
            assertThat(p.labels()[i]).isEqualTo(labels[p.rows()[i]]);
        }
        assertThat(p.totalRows()).isEqualTo(6);
        assertThat(ClusterProjection.of(x, labels, fit.centroids(), 2, 4, 7).rows()).containsExactly(p.rows());
    }
}
