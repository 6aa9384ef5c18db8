package tagcat.model;

import tagcat.cluster.Method;

import tagcat.category.CategoryOptions;
import tagcat.cluster.KMeansOptions;
import tagcat.text.TfIdfOptions;

/**
 * Everything that decided a model's categories, recorded in the model file. The thread count is not
 * part of it: it never changes results.
 *
 * @param method        the clustering recipe; it decides the distance {@link tagcat.suggest.Assigner} places
 *                      posts by (stored as {@link Method#id()}: "article", "spherical" or "lsa")
 * @param dims          LSA dimensions (0 for the other methods)
 * @param minSimilarity posts less cosine-similar than this to their category were set aside as
 *                      uncategorized (0: none)
 */
public record ModelParameters(Method method, TfIdfOptions tfidf, KMeansOptions kmeans, CategoryOptions categories,
                              int seedCategories, int dims, double minSimilarity) {
    public ModelParameters {
        java.util.Objects.requireNonNull(method, "method");
    }

    public ModelParameters(Method method, TfIdfOptions tfidf, KMeansOptions kmeans, CategoryOptions categories,
                           int seedCategories) {
        this(method, tfidf, kmeans, categories, seedCategories, 0, 0);
    }
}
