package tagcat.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

/**
 * The vocabulary and idf by a distributed count: each tag's document frequency summed over the partitions, then
 * the core's own rules (min/max-df, max-features, scikit-learn's smooth idf) on the driver. Spark's own IDF uses
 * another formula and is not used.
 */
public final class SparkVocabulary {
    private SparkVocabulary() {
    }

    /** @param posts each post's distinct normalized tags (as {@link SparkPosts#tags} gives them) */
    public static TfIdfVectorizer fit(JavaRDD<List<String>> posts, TfIdfOptions options) {
        long documents = posts.count();
        Map<String, Long> df = posts.flatMap(List::iterator).mapToPair(t -> new Tuple2<>(t, 1L))
                .reduceByKey(Long::sum).collectAsMap();
        List<String> terms = new ArrayList<>(df.keySet());
        int[] counts = new int[terms.size()];
        for (int t = 0; t < counts.length; t++) {
            counts[t] = Math.toIntExact(df.get(terms.get(t)));
        }
        return TfIdfVectorizer.fit(terms, counts, documents, options);
    }
}
