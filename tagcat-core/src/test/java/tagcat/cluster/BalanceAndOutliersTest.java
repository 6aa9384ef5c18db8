package tagcat.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tagcat.ArticleExample;
import tagcat.linalg.CsrMatrix;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

class BalanceAndOutliersTest {
    @Test
    void balanceReportsTheLargestShareAndTheSpread() {
        Balance b = Balance.of(new int[] {10, 70, 5, 15});
        assertThat(b.largestShare()).isCloseTo(0.7, within(1e-12));
        assertThat(b.smallest()).isEqualTo(5);
        assertThat(b.median()).isEqualTo(12.5);
        assertThat(b.largest()).isEqualTo(70);
        assertThat(b.toString()).contains("70.0%");
    }

    @Test
    void similarityIsTheCosineToTheOwnCentroid() {
        CsrMatrix x = TfIdfVectorizer.fit(ArticleExample.corpus(), TfIdfOptions.defaults()).transform(ArticleExample.corpus()).matrix();
        double[][] init = {{0, 0.7593387031634324, 0.6506955769621281}, {0.7593387031634324, 0, 0.6506955769621281}};
        KMeansResult r = KMeans.fit(x, KMeansOptions.defaults().withK(2).withTol(0), init, KMeansListener.NONE);
        double[] sim = Outliers.similarity(x, r);
        // post 2 is {food}: cos = 0.8396 / |(0.8396, 0.4338)|
        double norm = Math.hypot(0.8395591354422882, 0.4337970513080854);
        assertThat(sim[2]).isCloseTo(0.8395591354422882 / norm, within(1e-6));
        assertThat(sim[0]).isCloseTo((0.7593387 * 0.8395591 + 0.6506956 * 0.4337971) / norm, within(1e-6));
        assertThat(sim[0]).isGreaterThan(sim[2]);
    }
}
