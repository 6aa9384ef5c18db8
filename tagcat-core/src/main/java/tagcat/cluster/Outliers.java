package tagcat.cluster;

import tagcat.linalg.CsrMatrix;

/**
 * Posts too far from every centroid to belong anywhere (BERTopic's "outlier" topic idea): rather
 * than forcing them into their nearest category, they can be set aside as uncategorized. The measure
 * is the cosine similarity between a post and its nearest centroid (its label's), which reads the
 * same for plain and spherical k-means: 1 is "exactly the category's direction", 0 "no tag in common".
 */
public final class Outliers {
    private Outliers() {
    }

    /** Cosine similarity of each row to its labelled centroid (0 for a zero centroid). */
    public static double[] similarity(CsrMatrix x, KMeansResult result) {
        Centroids c = result.centroids();
        double[] norms = c.squaredNorms();
        int[] labels = result.labels();
        double[] sim = new double[x.rows()];
        for (int i = 0; i < x.rows(); i++) {
            int l = labels[i];
            double dot = 0;
            for (int j = x.indptr()[i]; j < x.indptr()[i + 1]; j++) {
                dot += x.data()[j] * c.weight(l, x.indices()[j]);
            }
            double denom = Math.sqrt(x.rowSquaredNorm(i) * norms[l]);
            sim[i] = denom > 0 ? dot / denom : 0;
        }
        return sim;
    }
}
