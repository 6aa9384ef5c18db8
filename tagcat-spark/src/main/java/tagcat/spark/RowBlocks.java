package tagcat.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;
import tagcat.text.Vocabulary;

/** The posts' TF-IDF rows, one {@link RowBlock} per partition, by the core's vectorizer broadcast to the executors. */
public final class RowBlocks {
    private RowBlocks() {
    }

    /** What an executor needs to rebuild the vectorizer (the core's classes are not serializable). */
    private record Parts(List<String> terms, int[] df, double[] idf, long documents) implements Serializable {
        TfIdfVectorizer vectorizer() {
            return new TfIdfVectorizer(new Vocabulary(terms, df), idf, documents, TfIdfOptions.defaults());
        }
    }

    public static JavaRDD<RowBlock> of(JavaSparkContext sc, JavaRDD<List<String>> posts, TfIdfVectorizer vectorizer) {
        Vocabulary v = vectorizer.vocabulary();
        int[] df = new int[v.size()];
        for (int t = 0; t < df.length; t++) {
            df[t] = v.df(t);
        }
        Broadcast<Parts> parts = sc.broadcast(new Parts(new ArrayList<>(v.terms()), df, vectorizer.idfValues(),
                vectorizer.documents()));
        return posts.mapPartitions(it -> {
            List<List<String>> block = new ArrayList<>();
            it.forEachRemaining(block::add);
            return List.of(RowBlock.of(block, parts.value().vectorizer())).iterator();
        });
    }
}
