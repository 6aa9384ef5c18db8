package tagcat.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tagcat.cluster.Method;
import tagcat.ingest.PostSource;
import tagcat.ingest.ReadOptions;
import tagcat.text.TfIdfVectorizer;
import tagcat.train.Training;
import tagcat.train.TrainingListener;
import tagcat.train.TrainingOptions;
import tagcat.train.TrainingResult;

/** The distributed Lloyd gives the core's centroids and inertia. */
class SparkKMeansTest {
    @TempDir
    Path dir;

    @Test
    void theArticlesPostsGiveTheCoresCentroids() throws IOException {
        Path article = dir.resolve("article-6.pgarray");
        try (var in = getClass().getResourceAsStream("/fixtures/article-6.pgarray")) {
            Files.copy(in, article);
        }
        for (Method method : List.of(Method.ARTICLE, Method.SPHERICAL)) {
            TrainingOptions options = TrainingOptions.defaults().withK(2).withSeed(0).withMethod(method);
            TrainingResult core = Training.fit(PostSource.files(List.of(article), ReadOptions.defaults()), options,
                    TrainingListener.NONE);
            JavaRDD<List<String>> posts = SparkPosts.tags(SharedSpark.context(), List.of(article.toString()),
                    SparkPosts.Reading.of(ReadOptions.defaults())).cache();
            TfIdfVectorizer vectorizer = SparkVocabulary.fit(posts, options.tfidf());
            JavaRDD<RowBlock> rows = RowBlocks.of(SharedSpark.context(), posts, vectorizer).cache();
            SparkKMeans.Result spark = SparkKMeans.fit(SharedSpark.context(), rows,
                    options.kmeans().withMetric(method.metric()), null);
            double[] expected = core.model().centroids().tagMajor();
            double[] got = spark.centroids().tagMajor();
            assertThat(got.length).isEqualTo(expected.length);
            for (int i = 0; i < got.length; i++) {
                assertThat(got[i]).as("%s weight %d", method, i).isCloseTo(expected[i], within(1e-12));
            }
            assertThat(spark.inertia()).as(method.toString()).isCloseTo(core.model().fit().inertia(), within(1e-9));
        }
    }

    @Test
    void anEmptiedClusterTakesTheFarthestRowAsInTheCore() throws IOException {
        // seeds a, b and a+b: no post holds both, each goes to a or b, so the third cluster is empty after the
        // first assignment and must take the farthest row ({a,d}), as the core does
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            text.append("{a}\n{b}\n");
        }
        text.append("{a,d}\n");
        Path file = Files.writeString(dir.resolve("posts.pgarray"), text);
        List<List<String>> seeds = List.of(List.of("a"), List.of("b"), List.of("a", "b"));
        TrainingOptions base = TrainingOptions.defaults().withK(3).withMethod(Method.ARTICLE).withSeedCategories(seeds);
        TrainingOptions options = base.withKMeans(base.kmeans().withTol(0));
        TrainingResult core = Training.fit(PostSource.files(List.of(file), ReadOptions.defaults()), options,
                TrainingListener.NONE);
        JavaRDD<List<String>> posts = SparkPosts.tags(SharedSpark.context(), List.of(file.toString()),
                SparkPosts.Reading.of(ReadOptions.defaults())).cache();
        TfIdfVectorizer vectorizer = SparkVocabulary.fit(posts, options.tfidf());
        double[][] given = new double[3][vectorizer.vocabulary().size()];
        for (int s = 0; s < 3; s++) {
            var v = vectorizer.vector(seeds.get(s));
            for (int j = 0; j < v.indices().length; j++) {
                given[s][v.indices()[j]] = v.values()[j];
            }
        }
        SparkKMeans.Result spark = SparkKMeans.fit(SharedSpark.context(),
                RowBlocks.of(SharedSpark.context(), posts, vectorizer).cache(),
                options.kmeans().withMetric(Method.ARTICLE.metric()), given);
        double[] expected = core.model().centroids().tagMajor();
        double[] got = spark.centroids().tagMajor();
        for (int i = 0; i < got.length; i++) {
            assertThat(got[i]).as("weight %d", i).isCloseTo(expected[i], within(1e-12));
        }
        assertThat(spark.relocations()).isPositive();
    }
}
