package tagcat.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tagcat.eval.NormalizedMutualInformation;
import tagcat.generate.GeneratorOptions;
import tagcat.generate.PostGenerator;
import tagcat.linalg.CsrMatrix;
import tagcat.text.TagCorpus;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

/**
 * Every k-means variant recovers the generator's known topics (20k posts, 20 topics, k = 20). The
 * floors are conservative: measured NMI is printed by the test and reported in BENCHMARKS.md.
 */
class KnownTopicsTest {
    static CsrMatrix x;
    static int[] topics;

    @BeforeAll
    static void generate() {
        PostGenerator g = new PostGenerator(GeneratorOptions.defaults().withPosts(20_000).withSeed(3).withTopics(20));
        List<List<String>> posts = new ArrayList<>();
        int[] t = new int[20_000];
        g.generate((i, topic, tags) -> {
            posts.add(List.copyOf(tags));
            t[(int) i] = topic;
        });
        TagCorpus corpus = TagCorpus.of(posts);
        TfIdfVectorizer.Vectorized v = TfIdfVectorizer.fit(corpus, TfIdfOptions.defaults()).transform(corpus);
        x = v.matrix();
        topics = new int[x.rows()];
        for (int r = 0; r < topics.length; r++) {
            topics[r] = t[v.postOfRow()[r]];
        }
    }

    static double nmi(KMeansOptions o) {
        KMeansResult r = KMeans.fit(x, o.withK(20).withSeed(1).withThreads(2));
        double nmi = NormalizedMutualInformation.of(topics, r.labels());
        System.out.println(o.algorithm() + " " + o.metric() + ": NMI " + nmi + ", inertia " + r.inertia());
        return nmi;
    }

    @Test
    void lloydRecoversTheTopics() {
        assertThat(nmi(KMeansOptions.defaults())).isGreaterThan(0.5);
    }

    @Test
    void sphericalKMeansRecoversTheTopics() {
        assertThat(nmi(KMeansOptions.defaults().withMetric(Metric.COSINE))).isGreaterThan(0.65);
    }

    @Test
    void miniBatchKMeansRecoversTheTopics() {
        assertThat(nmi(KMeansOptions.defaults().withAlgorithm(Algorithm.MINIBATCH))).isGreaterThan(0.45);
    }

    @Test
    void lsaKMeansRecoversTheTopicsBest() {
        KMeansResult r = LsaKMeans.fit(x, 50, KMeansOptions.defaults().withK(20).withSeed(1).withThreads(2), null, KMeansListener.NONE);
        double nmi = NormalizedMutualInformation.of(topics, r.labels());
        System.out.println("LSA 50: NMI " + nmi + ", inertia " + r.inertia());
        assertThat(nmi).isGreaterThan(0.75);
    }

    @Test
    void lsaFittedOnASampleOfPostsStillRecoversTheTopics() {
        KMeansResult r = LsaKMeans.fit(x, 50, KMeansOptions.defaults().withK(20).withSeed(1).withThreads(2), null,
                KMeansListener.NONE, 4000);
        double nmi = NormalizedMutualInformation.of(topics, r.labels());
        System.out.println("LSA 50 on a 4000-post sample: NMI " + nmi);
        assertThat(nmi).isGreaterThan(0.7);
        assertThat(r.labels()).hasSize(x.rows());
    }

    @Test
    void sampledRowsAreDistinctAscendingAndSeeded() {
        int[] rows = LsaKMeans.distinctRows(1000, 300, 9);
        assertThat(rows).hasSize(300).isSorted().doesNotHaveDuplicates();
        assertThat(rows[0]).isGreaterThanOrEqualTo(0);
        assertThat(rows[299]).isLessThan(1000);
        assertThat(LsaKMeans.distinctRows(1000, 300, 9)).isEqualTo(rows);
        assertThat(LsaKMeans.distinctRows(1000, 300, 10)).isNotEqualTo(rows);
        assertThat(LsaKMeans.distinctRows(5, 5, 1)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void lsaCentroidsAreTheMeansOfTheirPostsInTagSpace() {
        KMeansResult r = LsaKMeans.fit(x, 20, KMeansOptions.defaults().withK(8).withSeed(2).withThreads(2), null, KMeansListener.NONE);
        double[][] sums = new double[8][x.cols()];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = x.indptr()[i]; j < x.indptr()[i + 1]; j++) {
                sums[r.label(i)][x.indices()[j]] += x.data()[j];
            }
        }
        for (int c = 0; c < 8; c++) {
            assertThat(r.size(c)).isPositive();
            for (int t = 0; t < x.cols(); t++) {
                assertThat(r.centroids().weight(c, t)).isCloseTo(sums[c][t] / r.size(c), org.assertj.core.api.Assertions.within(1e-9));
            }
        }
        KMeansResult again = LsaKMeans.fit(x, 20, KMeansOptions.defaults().withK(8).withSeed(2).withThreads(1), null, KMeansListener.NONE);
        assertThat(again.labels()).isEqualTo(r.labels());
    }

    @Test
    void miniBatchIsDeterministicForAnyThreadCount() {
        KMeansOptions o = KMeansOptions.defaults().withAlgorithm(Algorithm.MINIBATCH).withK(20).withSeed(5);
        KMeansResult one = KMeans.fit(x, o.withThreads(1));
        KMeansResult two = KMeans.fit(x, o.withThreads(2));
        assertThat(two.labels()).isEqualTo(one.labels());
        assertThat(two.centroids()).isEqualTo(one.centroids());
    }
}
