package tagcat.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import tagcat.linalg.CsrMatrix;
import tagcat.linalg.SparseVector;
import tagcat.text.TfIdfVectorizer;

/**
 * One partition's TF-IDF rows (the core's L2-normalized rows), as plain arrays: what Spark caches and ships. As in
 * the core, a post with no tag in the vocabulary has no row.
 */
public record RowBlock(int[] indptr, int[] indices, float[] data, int cols) implements Serializable {
    static RowBlock of(List<List<String>> posts, TfIdfVectorizer vectorizer) {
        List<SparseVector> rows = new ArrayList<>(posts.size());
        for (List<String> post : posts) {
            SparseVector v = vectorizer.vector(post);
            if (!v.isEmpty()) {
                rows.add(v);
            }
        }
        int n = rows.size();
        int[] indptr = new int[n + 1];
        for (int i = 0; i < n; i++) {
            indptr[i + 1] = indptr[i] + rows.get(i).indices().length;
        }
        int[] indices = new int[indptr[n]];
        float[] data = new float[indptr[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows.get(i).indices(), 0, indices, indptr[i], rows.get(i).indices().length);
            System.arraycopy(rows.get(i).values(), 0, data, indptr[i], rows.get(i).values().length);
        }
        return new RowBlock(indptr, indices, data, vectorizer.vocabulary().size());
    }

    int rows() {
        return indptr.length - 1;
    }

    CsrMatrix matrix() {
        return new CsrMatrix(rows(), cols, indptr, indices, data);
    }
}
