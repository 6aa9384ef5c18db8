package tagcat.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tagcat.SharedData;
import tagcat.ingest.InputFormat;
import tagcat.ingest.PostReader;
import tagcat.ingest.ReadOptions;
import tagcat.text.TagCorpus;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

/** The distributed count gives exactly the core's vocabulary, document frequencies and idf. */
class SparkVocabularyTest {
    private static void assertSameAsTheCore(List<String> files, ReadOptions read, TfIdfOptions tfidf) throws IOException {
        List<List<String>> posts = new ArrayList<>();
        PostReader.read(files, read, p -> posts.add(p.tags()));
        TfIdfVectorizer core = TfIdfVectorizer.fit(TagCorpus.of(posts), tfidf);
        TfIdfVectorizer spark = SparkVocabulary.fit(
                SparkPosts.tags(SharedSpark.context(), files, SparkPosts.Reading.of(read)).cache(), tfidf);
        assertThat(spark.vocabulary().terms()).isEqualTo(core.vocabulary().terms());
        assertThat(spark.documents()).isEqualTo(core.documents());
        assertThat(spark.idfValues()).isEqualTo(core.idfValues());
        for (int t = 0; t < core.vocabulary().size(); t++) {
            assertThat(spark.vocabulary().df(t)).isEqualTo(core.vocabulary().df(t));
        }
    }

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @Test
    void theArticlesPostsGiveTheCoresVocabulary() throws IOException {
        Path article = dir.resolve("article-6.pgarray"); // the core's fixture, out of its test jar
        try (var in = getClass().getResourceAsStream("/fixtures/article-6.pgarray")) {
            java.nio.file.Files.copy(in, article);
        }
        assertSameAsTheCore(List.of(article.toString()), ReadOptions.defaults(), TfIdfOptions.defaults());
    }

    @Test
    void harrisonGivesTheCoresVocabularyWithDfLimits() throws IOException {
        Path tagList = SharedData.harrisonTagList().orElse(null);
        SharedData.requirePresent(tagList != null, "HARRISON tag_list.txt");
        if (tagList == null) {
            return;
        }
        assertSameAsTheCore(List.of(tagList.toString()), ReadOptions.defaults().withFormat(InputFormat.TAGS),
                TfIdfOptions.defaults().withMaxFeatures(500));
    }
}
