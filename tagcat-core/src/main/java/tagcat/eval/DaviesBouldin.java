package tagcat.eval;

import tagcat.linalg.CsrMatrix;

/**
 * The Davies-Bouldin index (Davies & Bouldin 1979), as scikit-learn's {@code davies_bouldin_score}:
 * <pre>  DB = (1/k) Σ_c max_{c' ≠ c} (s_c + s_c') / |m_c - m_c'|</pre>
 * where s_c is the mean Euclidean distance of cluster c's rows to its mean m_c. Lower is better; 0 is
 * the ideal. Empty clusters are ignored; two clusters with the same mean add nothing (sklearn treats
 * their distance as infinite).
 */
public final class DaviesBouldin {
    private DaviesBouldin() {
    }

    /** @return the index, or NaN with fewer than 2 non-empty clusters */
    public static double score(CsrMatrix x, int[] labels) {
        LabelStats s = LabelStats.of(x, labels);
        if (s.nonEmpty < 2) {
            return Double.NaN;
        }
        int k = s.k;
        double[] spread = new double[k];
        for (int i = 0; i < x.rows(); i++) {
            spread[labels[i]] += Math.sqrt(s.squaredDistance(x, i, labels[i]));
        }
        for (int c = 0; c < k; c++) {
            if (s.sizes[c] > 0) {
                spread[c] /= s.sizes[c];
            }
        }
        // Gram matrix of the means, accumulated per tag over the clusters that use the tag
        double[] gram = new double[k * k];
        int[] nz = new int[k];
        for (int t = 0; t < x.cols(); t++) {
            int base = t * k;
            int m = 0;
            for (int c = 0; c < k; c++) {
                if (s.means[base + c] != 0) {
                    nz[m++] = c;
                }
            }
            for (int a = 0; a < m; a++) {
                double va = s.means[base + nz[a]];
                for (int b = a; b < m; b++) {
                    gram[nz[a] * k + nz[b]] += va * s.means[base + nz[b]];
                }
            }
        }
        double total = 0;
        for (int c = 0; c < k; c++) {
            if (s.sizes[c] == 0) {
                continue;
            }
            double worst = 0;
            for (int o = 0; o < k; o++) {
                if (o == c || s.sizes[o] == 0) {
                    continue;
                }
                double cross = c < o ? gram[c * k + o] : gram[o * k + c];
                double dist = Math.sqrt(Math.max(0, gram[c * k + c] + gram[o * k + o] - 2 * cross));
                if (dist > 0) {
                    worst = Math.max(worst, (spread[c] + spread[o]) / dist);
                }
            }
            total += worst;
        }
        return total / s.nonEmpty;
    }
}
