package tagcat.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tagcat.ArticleExample;
import tagcat.linalg.CsrMatrix;
import tagcat.text.TagCorpus;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

class KMeansTest {
    private static final CsrMatrix ARTICLE = TfIdfVectorizer.fit(ArticleExample.corpus(), TfIdfOptions.defaults())
            .transform(ArticleExample.corpus()).matrix();

    @Test
    void splitsTheArticlesPostsIntoFoodAndArchitecture() {
        for (long seed = 0; seed < 20; seed++) {
            KMeansResult r = KMeans.fit(ARTICLE, KMeansOptions.defaults().withK(2).withNInit(3).withSeed(seed));
            int[] l = r.labels();
            assertThat(l[0]).as("seed %d", seed).isEqualTo(l[1]).isEqualTo(l[2]);
            assertThat(l[3]).as("seed %d", seed).isEqualTo(l[4]).isEqualTo(l[5]).isNotEqualTo(l[0]);
        }
    }

    @Test
    void reproducesTheArticlesCentroidsFromSklearnsStartingPoints() {
        // init = posts 0 and 3, as in the sklearn fixture parity/article-6.json
        double[][] init = {{0, 0.7593387031634324, 0.6506955769621281}, {0.7593387031634324, 0, 0.6506955769621281}};
        KMeansResult r = KMeans.fit(ARTICLE, KMeansOptions.defaults().withK(2).withTol(0), init, KMeansListener.NONE);
        assertThat(r.labels()).containsExactly(0, 0, 0, 1, 1, 1);
        assertThat(r.centroids().row(0)).containsExactly(new double[] {0, 0.8395591354422882, 0.4337970513080854}, within(1e-7));
        assertThat(r.centroids().row(1)).containsExactly(new double[] {0.8395591354422882, 0, 0.4337970513080854}, within(1e-7));
        assertThat(r.centroids().weight(0, 1)).isCloseTo(ArticleExample.CENTROID_LEADING, within(0.005));
        assertThat(r.centroids().weight(0, 2)).isCloseTo(ArticleExample.CENTROID_ITALY, within(0.005));
        assertThat(r.inertia()).isCloseTo(0.6417634582308469, within(1e-6));
        assertThat(r.iterations()).isEqualTo(2);
        assertThat(r.converged()).isTrue();
        assertThat(r.sizes()).containsExactly(3, 3);
    }

    @Test
    void aFixedPointIsALocalOptimumOfLloyd() {
        CsrMatrix x = randomPosts(3000, 200, 7);
        KMeansResult r = KMeans.fit(x, KMeansOptions.defaults().withK(12).withTol(0).withSeed(3).withThreads(2));
        assertThat(r.converged()).isTrue();
        double[][] dense = toDense(x);
        double[][] means = new double[12][x.cols()];
        for (int i = 0; i < x.rows(); i++) {
            for (int t = 0; t < x.cols(); t++) {
                means[r.label(i)][t] += dense[i][t] / r.size(r.label(i));
            }
        }
        double inertia = 0;
        for (int i = 0; i < x.rows(); i++) {
            double[] d = new double[12];
            for (int c = 0; c < 12; c++) {
                for (int t = 0; t < x.cols(); t++) {
                    double diff = dense[i][t] - r.centroids().weight(c, t);
                    d[c] += diff * diff;
                }
            }
            int label = r.label(i);
            for (int c = 0; c < 12; c++) {
                assertThat(d[label]).as("row %d is nearest to its own centroid", i).isLessThanOrEqualTo(d[c] + 1e-9);
            }
            inertia += d[label];
        }
        for (int c = 0; c < 12; c++) {
            assertThat(r.size(c)).isPositive();
            assertThat(r.centroids().row(c)).containsExactly(means[c], within(1e-9));
        }
        assertThat(r.inertia()).isCloseTo(inertia, within(1e-6 * inertia));
    }

    @Test
    void givesBitIdenticalResultsOnOneAndTwoThreads() {
        CsrMatrix x = randomPosts(20_000, 500, 11);
        KMeansOptions o = KMeansOptions.defaults().withK(25).withNInit(2).withSeed(42).withMaxIter(50);
        KMeansResult one = KMeans.fit(x, o.withThreads(1));
        KMeansResult two = KMeans.fit(x, o.withThreads(2));
        KMeansResult three = KMeans.fit(x, o.withThreads(3));
        assertThat(two.labels()).isEqualTo(one.labels());
        assertThat(two.centroids()).isEqualTo(one.centroids());
        assertThat(two.inertia()).isEqualTo(one.inertia());
        assertThat(three.centroids()).isEqualTo(one.centroids());
    }

    @Test
    void differentSeedsGiveDifferentSeedings() {
        CsrMatrix x = randomPosts(5000, 300, 5);
        KMeansOptions o = KMeansOptions.defaults().withK(10).withMaxIter(1);
        assertThat(KMeans.fit(x, o.withSeed(1)).centroids()).isNotEqualTo(KMeans.fit(x, o.withSeed(2)).centroids());
        assertThat(KMeans.fit(x, o.withSeed(1)).centroids()).isEqualTo(KMeans.fit(x, o.withSeed(1)).centroids());
    }

    @Test
    void moreInitsNeverGiveAWorseInertia() {
        CsrMatrix x = randomPosts(4000, 300, 9);
        KMeansOptions o = KMeansOptions.defaults().withK(15).withSeed(4);
        KMeansResult single = KMeans.fit(x, o.withNInit(1));
        KMeansResult five = KMeans.fit(x, o.withNInit(5));
        // run 0 of both uses the same first split of the seed
        assertThat(five.inertia()).isLessThanOrEqualTo(single.inertia());
    }

    @Test
    void emptyClustersAreRelocatedNeverReturnedEmpty() {
        // 4 distinct points, many duplicates; the given centroids include two far from every post
        CsrMatrix x = ARTICLE;
        double[][] init = {{0, 1, 0}, {0, 0, 1}, {0, 0, 0}, {0, 0, 0}};
        KMeansResult r = KMeans.fit(x, KMeansOptions.defaults().withK(4).withTol(0), init, KMeansListener.NONE);
        assertThat(java.util.Arrays.stream(r.sizes()).min().getAsInt()).isPositive();
        assertThat(r.sizes()).hasSize(4);
        assertThat(java.util.Arrays.stream(r.sizes()).sum()).isEqualTo(6);
    }

    @Test
    void aRelocationThatEmptiesALaterClusterLeavesItForTheNextIteration() {
        // posts a, b, c, d d d; centroids: a, b, (a+b)/sqrt2 (nobody's nearest: empty), 0 (only c's), d.
        // The empty cluster 2 takes the farthest post, c, which empties cluster 3 in turn.
        TagCorpus corpus = TagCorpus.of(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"), List.of("d"), List.of("d")));
        CsrMatrix x = TfIdfVectorizer.fit(corpus, TfIdfOptions.defaults()).transform(corpus).matrix();
        double h = Math.sqrt(0.5);
        double[][] init = {{1, 0, 0, 0}, {0, 1, 0, 0}, {h, h, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 1}};
        KMeansResult r = KMeans.fit(x, KMeansOptions.defaults().withK(5).withTol(0).withThreads(1), init, KMeansListener.NONE);
        assertThat(java.util.Arrays.stream(r.sizes()).sum()).isEqualTo(6);
        assertThat(r.labels()[0]).isNotEqualTo(r.labels()[1]);
        assertThat(r.labels()[3]).isEqualTo(r.labels()[4]).isEqualTo(r.labels()[5]);
    }

    @Test
    void seedingPicksDistinctPostsWhileDistinctPostsRemain() {
        KMeansResult r = KMeans.fit(ARTICLE, KMeansOptions.defaults().withK(4).withMaxIter(1).withSeed(8));
        List<List<Double>> rows = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            List<Double> row = new ArrayList<>();
            for (double v : r.centroids().row(c)) {
                row.add(v);
            }
            rows.add(row);
        }
        assertThat(rows).doesNotHaveDuplicates();
    }

    @Test
    void reportsMaxIterWhenTheBudgetRunsOut() {
        CsrMatrix x = randomPosts(3000, 200, 2);
        KMeansResult r = KMeans.fit(x, KMeansOptions.defaults().withK(20).withTol(0).withMaxIter(1));
        assertThat(r.iterations()).isEqualTo(1);
        assertThat(r.converged()).isFalse();
    }

    @Test
    void rejectsMoreClustersThanPostsAndBadOptionsNamingTheValue() {
        assertThatThrownBy(() -> KMeans.fit(ARTICLE, KMeansOptions.defaults().withK(7)))
                .hasMessageContaining("k = 7").hasMessageContaining("(6)");
        assertThatThrownBy(() -> KMeansOptions.defaults().withTol(-1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> KMeansOptions.defaults().withK(0)).hasMessageContaining("got 0");
    }

    @Test
    void sphericalKMeansKeepsUnitCentroidsAndLabelsByCosine() {
        CsrMatrix x = randomPosts(3000, 200, 13);
        KMeansResult r = KMeans.fit(x, KMeansOptions.defaults().withK(10).withTol(0).withSeed(1).withMetric(Metric.COSINE));
        assertThat(r.converged()).isTrue();
        double[] norms = r.centroids().squaredNorms();
        for (int c = 0; c < 10; c++) {
            assertThat(norms[c]).isCloseTo(1.0, within(1e-9));
        }
        for (int i = 0; i < x.rows(); i++) {
            double[] cos = new double[10];
            for (int j = x.indptr()[i]; j < x.indptr()[i + 1]; j++) {
                for (int c = 0; c < 10; c++) {
                    cos[c] += x.data()[j] * r.centroids().weight(c, x.indices()[j]);
                }
            }
            for (int c = 0; c < 10; c++) {
                assertThat(cos[r.label(i)]).as("row %d", i).isGreaterThanOrEqualTo(cos[c] - 1e-9);
            }
        }
        KMeansResult plain = KMeans.fit(x, KMeansOptions.defaults().withK(10).withTol(0).withSeed(1));
        assertThat(plain.centroids().squaredNorms()[0]).isLessThan(0.99);
    }

    @Test
    void theListenerHearsEverySeedingRoundAndIteration() {
        CsrMatrix x = randomPosts(2000, 100, 3);
        List<String> events = new ArrayList<>();
        KMeansListener l = new KMeansListener() {
            @Override
            public void seeding(int run, int chosen, int k) {
                events.add("seed " + chosen + "/" + k);
            }

            @Override
            public void iteration(int run, int iteration, double centerShift, long labelsChanged) {
                events.add("iteration " + iteration);
            }
        };
        KMeansResult r = KMeans.fit(x, KMeansOptions.defaults().withK(5).withMaxIter(3).withTol(0), null, l);
        assertThat(events.subList(0, 4)).containsExactly("seed 2/5", "seed 3/5", "seed 4/5", "seed 5/5");
        assertThat(events.subList(4, events.size())).hasSize(r.iterations()).first().isEqualTo("iteration 1");
    }

    @Test
    void searchLeftMatchesNumpySearchsorted() {
        double[] a = {1, 2, 2, 5};
        assertThat(KMeansPlusPlus.searchLeft(a, 0.5)).isEqualTo(0);
        assertThat(KMeansPlusPlus.searchLeft(a, 2)).isEqualTo(1);
        assertThat(KMeansPlusPlus.searchLeft(a, 2.5)).isEqualTo(3);
        assertThat(KMeansPlusPlus.searchLeft(a, 9)).isEqualTo(4);
    }

    /** Random posts of 1..8 tags over `tags` tags with a skewed popularity, as TF-IDF rows. */
    static CsrMatrix randomPosts(int posts, int tags, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<List<String>> list = new ArrayList<>();
        for (int p = 0; p < posts; p++) {
            int n = 1 + rnd.nextInt(8);
            List<String> post = new ArrayList<>();
            int topic = rnd.nextInt(10);
            for (int j = 0; j < n; j++) {
                int t = rnd.nextInt(4) == 0 ? rnd.nextInt(tags) : (topic * tags / 10 + (int) Math.abs(rnd.nextGaussian() * 4)) % tags;
                String s = "t" + t;
                if (!post.contains(s)) {
                    post.add(s);
                }
            }
            list.add(post);
        }
        TagCorpus corpus = TagCorpus.of(list);
        return TfIdfVectorizer.fit(corpus, TfIdfOptions.defaults()).transform(corpus).matrix();
    }

    private static double[][] toDense(CsrMatrix x) {
        double[][] d = new double[x.rows()][x.cols()];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = x.indptr()[i]; j < x.indptr()[i + 1]; j++) {
                d[i][x.indices()[j]] = x.data()[j];
            }
        }
        return d;
    }
}
