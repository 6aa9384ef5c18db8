package tagcat.eval;

import tagcat.linalg.CsrMatrix;

/**
 * What the label-based scores share: cluster sizes and the mean of each cluster's rows, computed from the
 * labels alone (as scikit-learn's metrics do), so they score any labelling, not just k-means output.
 * Means are stored tag-major like {@link tagcat.cluster.Centroids} (cluster c's weight of tag t at
 * {@code t*k + c}), 8 bytes per tag and cluster.
 */
final class LabelStats {
    final int k;
    final int[] sizes;
    final double[] means;
    final double[] meanSquaredNorms;
    final double[] rowSquaredNorms;
    final int nonEmpty;

    private LabelStats(int k, int[] sizes, double[] means, double[] meanSquaredNorms, double[] rowSquaredNorms,
                       int nonEmpty) {
        this.k = k;
        this.sizes = sizes;
        this.means = means;
        this.meanSquaredNorms = meanSquaredNorms;
        this.rowSquaredNorms = rowSquaredNorms;
        this.nonEmpty = nonEmpty;
    }

    static LabelStats of(CsrMatrix x, int[] labels) {
        int k = clusterCount(x, labels);
        int dims = x.cols();
        int[] sizes = new int[k];
        for (int l : labels) {
            sizes[l]++;
        }
        double[] means = new double[Math.multiplyExact(dims, k)];
        int[] indptr = x.indptr();
        int[] indices = x.indices();
        float[] data = x.data();
        double[] rowNorms = new double[x.rows()];
        for (int i = 0; i < x.rows(); i++) {
            int c = labels[i];
            double s = 0;
            for (int j = indptr[i]; j < indptr[i + 1]; j++) {
                means[indices[j] * k + c] += data[j];
                s += (double) data[j] * data[j];
            }
            rowNorms[i] = s;
        }
        double[] sq = new double[k];
        for (int t = 0; t < dims; t++) {
            for (int c = 0; c < k; c++) {
                if (sizes[c] > 0) {
                    double m = means[t * k + c] / sizes[c];
                    means[t * k + c] = m;
                    sq[c] += m * m;
                }
            }
        }
        int nonEmpty = 0;
        for (int s : sizes) {
            if (s > 0) {
                nonEmpty++;
            }
        }
        return new LabelStats(k, sizes, means, sq, rowNorms, nonEmpty);
    }

    /** Squared distance of row i to the mean of cluster c: |x|² + |m|² - 2 x·m, never below 0. */
    double squaredDistance(CsrMatrix x, int i, int c) {
        double dot = 0;
        for (int j = x.indptr()[i]; j < x.indptr()[i + 1]; j++) {
            dot += x.data()[j] * means[x.indices()[j] * k + c];
        }
        return Math.max(0, rowSquaredNorms[i] + meanSquaredNorms[c] - 2 * dot);
    }

    /** Labels are 0..k-1, one per row; k is the largest label + 1. */
    static int clusterCount(CsrMatrix x, int[] labels) {
        if (labels.length != x.rows()) {
            throw new IllegalArgumentException(labels.length + " labels for " + x.rows() + " rows");
        }
        int max = -1;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("label of row " + i + " is " + labels[i] + "; labels must be >= 0");
            }
            max = Math.max(max, labels[i]);
        }
        return max + 1;
    }
}
