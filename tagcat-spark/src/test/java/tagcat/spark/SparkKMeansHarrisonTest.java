package tagcat.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.junit.jupiter.api.Test;
import tagcat.SharedData;
import tagcat.cluster.Method;
import tagcat.ingest.InputFormat;
import tagcat.ingest.PostSource;
import tagcat.ingest.ReadOptions;
import tagcat.linalg.SparseVector;
import tagcat.text.TfIdfVectorizer;
import tagcat.train.Training;
import tagcat.train.TrainingListener;
import tagcat.train.TrainingOptions;
import tagcat.train.TrainingResult;

/** HARRISON seeded with its crawl tags (an exact oracle: no random seeding), run to convergence: the core's result. */
class SparkKMeansHarrisonTest {
    @Test
    void seededWithTheCrawlTagsTheDistributedLloydEndsWhereTheCoreDoes() throws IOException {
        Path tagList = SharedData.harrisonTagList().orElse(null);
        Path dataList = SharedData.harrisonDataList().orElse(null);
        SharedData.requirePresent(tagList != null && dataList != null, "HARRISON");
        if (tagList == null || dataList == null) {
            return;
        }
        ReadOptions read = ReadOptions.defaults().withFormat(InputFormat.TAGS);
        JavaRDD<List<String>> posts = SparkPosts.tags(SharedSpark.context(), List.of(tagList.toString()),
                SparkPosts.Reading.of(read)).repartition(1).cache(); // WIP: one file is one partition anyway
        TfIdfVectorizer vectorizer = SparkVocabulary.fit(posts, TrainingOptions.defaults().tfidf());
        Set<String> crawl = new LinkedHashSet<>();
        for (String line : Files.readAllLines(dataList)) {
            String[] parts = line.trim().split("/");
            if (parts.length >= 2 && vectorizer.vocabulary().id(parts[parts.length - 2]) >= 0) {
                crawl.add(parts[parts.length - 2]);
            }
        }
        List<List<String>> seeds = new ArrayList<>();
        crawl.forEach(t -> seeds.add(List.of(t)));
        TrainingOptions base = TrainingOptions.defaults().withK(seeds.size()).withMethod(Method.SPHERICAL)
                .withSeedCategories(seeds);
        TrainingOptions options = base.withKMeans(base.kmeans().withTol(0));
        TrainingResult core = Training.fit(PostSource.files(List.of(tagList), read), options, TrainingListener.NONE);

        int d = vectorizer.vocabulary().size();
        double[][] given = new double[seeds.size()][d];
        for (int s = 0; s < given.length; s++) {
            SparseVector v = vectorizer.vector(seeds.get(s));
            for (int j = 0; j < v.indices().length; j++) {
                given[s][v.indices()[j]] = v.values()[j];
            }
        }
        JavaRDD<RowBlock> rows = RowBlocks.of(SharedSpark.context(), posts, vectorizer).cache();
        SparkKMeans.Result spark = SparkKMeans.fit(SharedSpark.context(), rows,
                options.kmeans().withMetric(Method.SPHERICAL.metric()), given);
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(40);
        double relative = Math.abs(spark.inertia() - core.model().fit().inertia()) / core.model().fit().inertia();
        assertThat(relative).as("inertia %s vs core %s", spark.inertia(), core.model().fit().inertia()).isLessThan(1e-6);
        assertThat(spark.iterations()).isEqualTo(core.model().fit().iterations());
        int[] coreLabels = core.kmeans().labels();
        int[] sparkLabels = SparkKMeans.labels(SharedSpark.context(), rows, spark.centroids());
        assertThat(sparkLabels).hasSameSizeAs(coreLabels);
        int same = 0;
        for (int r = 0; r < coreLabels.length; r++) {
            same += coreLabels[r] == sparkLabels[r] ? 1 : 0;
        }
        assertThat((double) same / coreLabels.length).as("posts in the same category").isGreaterThanOrEqualTo(0.999);
    }

    @Test
    void seededOnASampleByKMeansPlusPlusTheDistributedRunIsTheCoresRun() throws IOException {
        Path tagList = SharedData.harrisonTagList().orElse(null);
        SharedData.requirePresent(tagList != null, "HARRISON");
        if (tagList == null) {
            return;
        }
        ReadOptions read = ReadOptions.defaults().withFormat(InputFormat.TAGS);
        TrainingOptions base = TrainingOptions.defaults().withK(20).withSeed(3).withMethod(Method.SPHERICAL);
        TrainingOptions options = base.withKMeans(base.kmeans().withSeedSample(5000));
        TrainingResult core = Training.fit(PostSource.files(List.of(tagList), read), options, TrainingListener.NONE);
        JavaRDD<List<String>> posts = SparkPosts.tags(SharedSpark.context(), List.of(tagList.toString()),
                SparkPosts.Reading.of(read)).cache();
        TfIdfVectorizer vectorizer = SparkVocabulary.fit(posts, options.tfidf());
        JavaRDD<RowBlock> rows = RowBlocks.of(SharedSpark.context(), posts, vectorizer).cache();
        SparkKMeans.Result spark = SparkKMeans.fit(SharedSpark.context(), rows,
                options.kmeans().withMetric(Method.SPHERICAL.metric()), null);
        double relative = Math.abs(spark.inertia() - core.model().fit().inertia()) / core.model().fit().inertia();
        assertThat(relative).as("inertia %s vs core %s", spark.inertia(), core.model().fit().inertia()).isLessThan(1e-6);
    }
}
