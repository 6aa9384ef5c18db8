package tagcat.suggest;

import tagcat.train.Training;
import tagcat.train.TrainingListener;
import tagcat.train.TrainingOptions;

import java.util.List;
import tagcat.ArticleExample;
import tagcat.category.CategoryOptions;
import tagcat.cluster.KMeansListener;
import tagcat.model.ReadCounts;
import tagcat.model.TagcatModel;
import tagcat.text.TfIdfVectorizer;

/** The article's six posts clustered into food_italy (id 0) and architecture_italy (id 1), with co-occurrence. */
final class ArticleModel {
    /** idf of food and architecture (df 3 of 6) and of italy (df 4 of 6). */
    static final double IDF_3 = TfIdfVectorizer.idf(6, 3);
    static final double IDF_4 = TfIdfVectorizer.idf(6, 4);
    /** The tf-idf weights of food and italy in {italy,food}. */
    static final double FOOD_W = IDF_3 / Math.hypot(IDF_3, IDF_4);
    static final double ITALY_W = IDF_4 / Math.hypot(IDF_3, IDF_4);
    /** The food_italy centroid: mean of {italy,food} twice and {food}. */
    static final double CENTROID_FOOD = (2 * FOOD_W + 1) / 3;
    static final double CENTROID_ITALY = 2 * ITALY_W / 3;

    private ArticleModel() {
    }

    static TagcatModel model() {
        return model(TrainingOptions.DEFAULT_COOCCURRENCE);
    }

    static TagcatModel model(int cooccurrence) {
        TrainingOptions o = TrainingOptions.defaults().withK(2).withSeed(0).withThreads(1)
                .withCategories(new CategoryOptions(20, 3)).withCooccurrence(cooccurrence)
                .withMethod(tagcat.cluster.Method.ARTICLE).withSeedCategories(List.of(List.of("food"), List.of("architecture")));
        return Training.fit(ArticleExample.corpus(), new ReadCounts(List.of("article-6.pgarray"), 6, 0, 0), o,
                TrainingListener.NONE).model();
    }
}
