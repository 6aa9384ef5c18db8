package tagcat.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tagcat.SharedData;
import tagcat.cluster.KMeans;
import tagcat.cluster.KMeansListener;
import tagcat.cluster.KMeansOptions;
import tagcat.cluster.KMeansResult;
import tagcat.ingest.InputFormat;
import tagcat.ingest.PostReader;
import tagcat.ingest.ReadOptions;
import tagcat.model.Fingerprint;
import tagcat.linalg.CsrMatrix;
import tagcat.linalg.SparseVector;
import tagcat.text.TagCorpus;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

/**
 * tagcat against scikit-learn 1.2.1 on the 57,383 HARRISON posts, with the 50 crawl hashtags as seed
 * categories and tol = 0 (fixture made by tools/sklearn/parity.py). Needs ../shared/datasets/harrison;
 * the data may not be copied into the project, so without it these tests are skipped.
 */
class HarrisonSklearnParityTest {
    static final Optional<Path> HARRISON = SharedData.harrisonTagList();
    static JsonNode fixture;
    static TfIdfVectorizer vectorizer;
    static CsrMatrix x;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = new GZIPInputStream(HarrisonSklearnParityTest.class.getResourceAsStream("/parity/harrison-seeded-k50.json.gz"))) {
            fixture = new ObjectMapper().readTree(in);
        }
        if (HARRISON.isEmpty()) {
            return;
        }
        TagCorpus.Builder b = TagCorpus.builder();
        PostReader.read(List.of(HARRISON.get().toString()), ReadOptions.defaults().withFormat(InputFormat.TAGS), b);
        TagCorpus corpus = b.build();
        vectorizer = TfIdfVectorizer.fit(corpus, TfIdfOptions.defaults());
        x = vectorizer.transform(corpus).matrix();
    }

    @Test
    void vocabularyAndIdfMatchSklearn() {
        SharedData.requirePresent(x != null, "HARRISON (datasets/harrison/tag_list.txt)");
        assertThat(x.rows()).isEqualTo(fixture.get("posts").asInt());
        assertThat(x.nnz()).isEqualTo(fixture.get("nnz").asInt());
        String terms = String.join("\n", vectorizer.vocabulary().terms());
        assertThat(Fingerprint.sha256(terms.getBytes(StandardCharsets.UTF_8))).isEqualTo(fixture.get("vocabulary_terms_sha256").asText());
        JsonNode idf = fixture.get("idf_in_sorted_term_order");
        for (int t = 0; t < idf.size(); t++) {
            assertThat(vectorizer.idf(t)).isCloseTo(idf.get(t).asDouble(), within(1e-12));
        }
    }

    /**
     * With all 50 crawl tags, 4 seeds are not in the vocabulary (zero vectors) and 3 clusters start
     * empty. sklearn refills them with the posts farthest from their centroid, and those distances
     * are all exactly 1 up to the last bits of rounding (1.0000000000000007 vs ...04 in the fixture):
     * which posts win is decided by rounding, not by the algorithm. tagcat (float rows) picks other
     * posts of that exact tie and so reaches a neighbouring local optimum. The exact-label parity is
     * asserted on the 46 in-vocabulary seeds below, where no such tie occurs.
     */
    @Test
    void seededKMeansWithAll50CrawlTagsReachesSklearnsOptimumUpToATieBrokenByRounding() {
        SharedData.requirePresent(x != null, "HARRISON (datasets/harrison/tag_list.txt)");
        KMeansResult r = fit(fixture);
        int[] sk = labels(fixture.get("labels"));
        assertThat(r.converged()).isTrue();
        assertThat(r.inertia()).isCloseTo(fixture.get("inertia").asDouble(), within(2e-3 * fixture.get("inertia").asDouble()));
        assertThat(matchedAgreement(r.labels(), sk, 50)).isGreaterThanOrEqualTo(0.95);
        assertThat(r.sizes()).doesNotContain(0);
    }

    @Test
    void seededKMeansWithThe46InVocabularySeedsGivesSklearnsLabels() {
        SharedData.requirePresent(x != null, "HARRISON (datasets/harrison/tag_list.txt)");
        JsonNode variant = fixture.get("variant_in_vocabulary_seeds");
        KMeansResult r = fit(variant);
        int[] sk = labels(variant.get("labels"));
        int same = 0;
        for (int i = 0; i < sk.length; i++) {
            if (sk[i] == r.label(i)) {
                same++;
            }
        }
        assertThat(same / (double) sk.length).isGreaterThanOrEqualTo(0.999);
        assertThat(r.inertia()).isCloseTo(variant.get("inertia").asDouble(), within(1e-6 * variant.get("inertia").asDouble()));
        assertThat(r.iterations()).isEqualTo(variant.get("n_iter").asInt());
    }

    @Test
    void kMeansPlusPlusReachesSklearnsInertiaRange() {
        SharedData.requirePresent(x != null, "HARRISON (datasets/harrison/tag_list.txt)");
        double worst = 0;
        for (JsonNode run : fixture.get("kmeanspp_runs")) {
            worst = Math.max(worst, run.get("inertia").asDouble());
        }
        for (long seed = 0; seed < 3; seed++) {
            KMeansResult r = KMeans.fit(x, KMeansOptions.defaults().withK(50).withSeed(seed).withThreads(2));
            // different random streams, so not the same runs: within 1% of sklearn's worst of three seeds
            assertThat(r.inertia()).as("seed %d", seed).isLessThan(worst * 1.01);
        }
    }

    private static KMeansResult fit(JsonNode f) {
        List<List<String>> seeds = new ArrayList<>();
        f.get("seed_tags").forEach(t -> seeds.add(List.of(t.asText())));
        double[][] given = new double[seeds.size()][vectorizer.vocabulary().size()];
        for (int s = 0; s < seeds.size(); s++) {
            SparseVector v = vectorizer.vector(seeds.get(s));
            for (int j = 0; j < v.indices().length; j++) {
                given[s][v.indices()[j]] = v.values()[j];
            }
        }
        KMeansOptions o = KMeansOptions.defaults().withK(seeds.size()).withTol(0).withMaxIter(300).withThreads(2);
        return KMeans.fit(x, o, given, KMeansListener.NONE);
    }

    private static int[] labels(JsonNode node) {
        int[] l = new int[node.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = node.get(i).asInt();
        }
        return l;
    }

    /** Share of rows on which two labelings agree under the best greedy one-to-one matching of clusters. */
    static double matchedAgreement(int[] a, int[] b, int k) {
        long[][] counts = new long[k][k];
        for (int i = 0; i < a.length; i++) {
            counts[a[i]][b[i]]++;
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (counts[i][j] > 0) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        pairs.sort(Comparator.comparingLong((int[] p) -> -counts[p[0]][p[1]]));
        boolean[] usedA = new boolean[k];
        boolean[] usedB = new boolean[k];
        long agree = 0;
        for (int[] p : pairs) {
            if (!usedA[p[0]] && !usedB[p[1]]) {
                usedA[p[0]] = true;
                usedB[p[1]] = true;
                agree += counts[p[0]][p[1]];
            }
        }
        return agree / (double) a.length;
    }
}
