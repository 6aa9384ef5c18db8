package tagcat.eval;

import tagcat.linalg.CsrMatrix;

/**
 * The Calinski-Harabasz index (variance ratio criterion; Caliński & Harabasz 1974), as scikit-learn's
 * {@code calinski_harabasz_score}:
 * <pre>  CH = [B / (k - 1)] / [W / (n - k)]
 *   B = Σ_c n_c |m_c - m|²   (between-cluster dispersion),   W = Σ_i |x_i - m_c(i)|²   (within)</pre>
 * with k the number of non-empty clusters and means taken from the labels. Higher is better. Both
 * dispersions come from squared norms (W = Σ|x|² - Σ_c n_c|m_c|², B = Σ_c n_c|m_c|² - n|m|²), so no
 * row is ever densified.
 */
public final class CalinskiHarabasz {
    private CalinskiHarabasz() {
    }

    /**
     * @return the index; 1.0 when every row equals its cluster mean (W = 0, as sklearn), NaN when it is
     *         undefined (fewer than 2 non-empty clusters, or as many clusters as rows)
     */
    public static double score(CsrMatrix x, int[] labels) {
        LabelStats s = LabelStats.of(x, labels);
        int n = x.rows();
        int k = s.nonEmpty;
        if (k < 2 || k >= n) {
            return Double.NaN;
        }
        double rows = 0;
        for (double v : s.rowSquaredNorms) {
            rows += v;
        }
        double clusters = 0;
        for (int c = 0; c < s.k; c++) {
            clusters += s.sizes[c] * s.meanSquaredNorms[c];
        }
        double[] overall = new double[x.cols()];
        for (int j = 0; j < x.nnz(); j++) {
            overall[x.indices()[j]] += x.data()[j];
        }
        double overallSq = 0;
        for (double v : overall) {
            overallSq += (v / n) * (v / n);
        }
        double within = Math.max(0, rows - clusters);
        double between = Math.max(0, clusters - n * overallSq);
        if (within == 0) {
            return 1.0;
        }
        return (between / (k - 1)) / (within / (n - k));
    }
}
