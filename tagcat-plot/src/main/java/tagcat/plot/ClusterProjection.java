package tagcat.plot;

import tagcat.linalg.Sampling;

import java.util.Arrays;
import tagcat.cluster.Centroids;
import tagcat.linalg.CsrMatrix;
import tagcat.linalg.SvdOptions;
import tagcat.linalg.TruncatedSvd;

/**
 * Posts and centroids in 2 or 3 dimensions, for pictures like the article's: the principal components of
 * the TF-IDF matrix (a {@link TruncatedSvd} of the implicitly centred matrix, i.e. PCA, fitted on every
 * post), then the coordinates of a seeded random sample of posts (a scatter of 57,000 points is a blot,
 * and an SVG of them is tens of MB) and of every centroid in the same space.
 *
 * <p>Limit: a linear projection of a space with hundreds of dimensions; categories that are far apart in
 * tag space can overlap on the page. The explained-variance ratios say how much of the spread is shown.
 *
 * @param dims                   2 or 3
 * @param rows                   the sampled matrix rows, ascending
 * @param coordinates            {@code rows.length x dims}, row-major
 * @param labels                 category of each sampled row
 * @param centroids              {@code k x dims}, row-major
 * @param explainedVarianceRatio per dimension
 * @param totalRows              rows of the matrix (posts the SVD was fitted on)
 */
public record ClusterProjection(int dims, int[] rows, double[] coordinates, int[] labels, double[] centroids,
                                double[] explainedVarianceRatio, int totalRows) {
    public static ClusterProjection of(CsrMatrix x, int[] labels, Centroids centroids, int dims, int maxPoints, long seed) {
        if (dims < 1 || dims > 3) {
            throw new IllegalArgumentException("projection dimensions must be 1..3, got " + dims);
        }
        if (maxPoints < 1) {
            throw new IllegalArgumentException("points to plot must be >= 1, got " + maxPoints);
        }
        if (labels.length != x.rows()) {
            throw new IllegalArgumentException(labels.length + " labels for " + x.rows() + " rows");
        }
        int r = Math.min(dims, Math.min(x.rows(), x.cols()));
        TruncatedSvd svd = TruncatedSvd.fit(x, SvdOptions.of(r).withCenter(true).withSeed(seed));
        int[] rows = Sampling.rows(x.rows(), maxPoints, seed);
        double[] coords = new double[rows.length * dims];
        int[] sampledLabels = new int[rows.length];
        double[] all = svd.transform(x);
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(all, rows[i] * r, coords, i * dims, r);
            sampledLabels[i] = labels[rows[i]];
        }
        double[] cc = new double[centroids.k() * dims];
        for (int c = 0; c < centroids.k(); c++) {
            System.arraycopy(svd.transformDense(centroids.row(c)), 0, cc, c * dims, r);
        }
        double[] ratio = Arrays.copyOf(svd.explainedVarianceRatio(), dims);
        return new ClusterProjection(dims, rows, coords, sampledLabels, cc, ratio, x.rows());
    }

    /**
     * The centroids alone in 2-D, for a map of categories where the posts are not at hand (a served model):
     * the principal components of the k centroid rows (centred), {@code k x 2} row-major. Fewer than 3
     * categories or tags give zeros in the missing dimension.
     */
    public static double[] ofCentroids(Centroids centroids, long seed) {
        int k = centroids.k();
        int[] indptr = new int[k + 1];
        java.util.List<int[]> cols = new java.util.ArrayList<>();
        java.util.List<float[]> vals = new java.util.ArrayList<>();
        int nnz = 0;
        for (int c = 0; c < k; c++) {
            double[] row = centroids.row(c);
            int n = 0;
            for (double w : row) {
                n += w != 0 ? 1 : 0;
            }
            int[] ci = new int[n];
            float[] cv = new float[n];
            for (int t = 0, j = 0; t < row.length; t++) {
                if (row[t] != 0) {
                    ci[j] = t;
                    cv[j++] = (float) row[t];
                }
            }
            cols.add(ci);
            vals.add(cv);
            nnz += n;
            indptr[c + 1] = nnz;
        }
        int[] indices = new int[nnz];
        float[] data = new float[nnz];
        for (int c = 0; c < k; c++) {
            System.arraycopy(cols.get(c), 0, indices, indptr[c], cols.get(c).length);
            System.arraycopy(vals.get(c), 0, data, indptr[c], vals.get(c).length);
        }
        CsrMatrix m = new CsrMatrix(k, centroids.dims(), indptr, indices, data);
        double[] xy = new double[k * 2];
        int r = Math.min(2, Math.min(k - 1, centroids.dims()));
        if (r < 1) {
            return xy;
        }
        TruncatedSvd svd = TruncatedSvd.fit(m, SvdOptions.of(r).withCenter(true).withSeed(seed));
        double[] t = svd.transform(m);
        for (int c = 0; c < k; c++) {
            System.arraycopy(t, c * r, xy, c * 2, r);
        }
        return xy;
    }

    public int points() {
        return rows.length;
    }

    public int k() {
        return centroids.length / dims;
    }

    public double coordinate(int point, int dim) {
        return coordinates[point * dims + dim];
    }

    public double centroid(int c, int dim) {
        return centroids[c * dims + dim];
    }
}
