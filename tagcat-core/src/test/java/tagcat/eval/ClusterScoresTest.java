package tagcat.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tagcat.linalg.CsrMatrix;

/** Silhouette, Calinski-Harabasz and Davies-Bouldin against hand-computed values and the textbook definitions. */
public class ClusterScoresTest {
    /** Dense rows as CSR (zeros left out). */
    static CsrMatrix csr(double[][] rows) {
        int n = rows.length;
        int d = rows[0].length;
        int[] indptr = new int[n + 1];
        int nnz = 0;
        for (double[] r : rows) {
            for (double v : r) {
                nnz += v != 0 ? 1 : 0;
            }
        }
        int[] indices = new int[nnz];
        float[] data = new float[nnz];
        int at = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                if (rows[i][c] != 0) {
                    indices[at] = c;
                    data[at++] = (float) rows[i][c];
                }
            }
            indptr[i + 1] = at;
        }
        return new CsrMatrix(n, d, indptr, indices, data);
    }

    /** Points 0, 1, 4, 5 on a line in two clusters {0, 1} and {4, 5}. */
    public static final CsrMatrix LINE = csr(new double[][] {{0}, {1}, {4}, {5}});
    static final int[] TWO = {0, 0, 1, 1};

    @Test
    void silhouetteOfTwoPairsOnALine() {
        // row 0: a = 1, b = (4 + 5) / 2 = 4.5, s = 1 - 1/4.5; row 1: a = 1, b = (3 + 4) / 2, s = 1 - 1/3.5; symmetric
        double expected = (2 * (1 - 1 / 4.5) + 2 * (1 - 1 / 3.5)) / 4;
        assertThat(Silhouette.score(LINE, TWO, 100, 0)).isCloseTo(expected, within(1e-7));
        assertThat(expected).isCloseTo(0.746032, within(1e-6));
    }

    @Test
    void calinskiHarabaszOfTwoPairsOnALine() {
        // means 0.5 and 4.5, overall 2.5: B = 2*4 + 2*4 = 16, W = 4 * 0.25 = 1; CH = (16/1) / (1/2) = 32
        assertThat(CalinskiHarabasz.score(LINE, TWO)).isCloseTo(32, within(1e-9));
    }

    @Test
    void daviesBouldinOfTwoPairsOnALine() {
        // spreads 0.5 and 0.5, centres 4 apart: (0.5 + 0.5) / 4 for both clusters
        assertThat(DaviesBouldin.score(LINE, TWO)).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void aRowAloneInItsClusterScoresZeroAndOneClusterIsUndefined() {
        // clusters {0, 1, 4} and {5}: row 5 alone scores 0
        // row 0: a = (1 + 4)/2 = 2.5, b = 5 -> 0.5; row 1: a = (1 + 3)/2 = 2, b = 4 -> 0.5; row 4: a = (4 + 3)/2 = 3.5, b = 1 -> -2.5/3.5
        double expected = (0.5 + 0.5 + (1 - 3.5) / 3.5 + 0) / 4;
        assertThat(Silhouette.score(LINE, new int[] {0, 0, 0, 1}, 100, 0)).isCloseTo(expected, within(1e-7));
        assertThat(Silhouette.score(LINE, new int[] {0, 0, 0, 0}, 100, 0)).isNaN();
        assertThat(CalinskiHarabasz.score(LINE, new int[] {0, 0, 0, 0})).isNaN();
        assertThat(DaviesBouldin.score(LINE, new int[] {0, 0, 0, 0})).isNaN();
    }

    @Test
    void emptyClusterIdsAreIgnored() {
        int[] gappy = {0, 0, 3, 3};
        assertThat(CalinskiHarabasz.score(LINE, gappy)).isCloseTo(32, within(1e-9));
        assertThat(DaviesBouldin.score(LINE, gappy)).isCloseTo(0.25, within(1e-9));
        assertThat(Silhouette.score(LINE, gappy, 100, 0)).isCloseTo(Silhouette.score(LINE, TWO, 100, 0), within(1e-12));
    }

    @Test
    void identicalRowsInTightClustersGiveCalinskiHarabaszOneAsScikitLearn() {
        CsrMatrix x = csr(new double[][] {{1, 0}, {1, 0}, {0, 1}, {0, 1}});
        assertThat(CalinskiHarabasz.score(x, TWO)).isEqualTo(1.0);
        assertThat(DaviesBouldin.score(x, TWO)).isZero();
        assertThat(Silhouette.score(x, TWO, 100, 0)).isCloseTo(1.0, within(1e-7));
    }

    @Test
    void allThreeMatchTheirDefinitionsOnRandomData() {
        SplittableRandom rng = new SplittableRandom(42);
        int n = 90;
        int d = 5;
        int k = 3;
        double[][] rows = new double[n][d];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % k;
            for (int c = 0; c < d; c++) {
                // about half the entries zero, as sparse rows; cluster c leans on dimension c
                rows[i][c] = rng.nextDouble() < 0.5 ? 0 : (float) (rng.nextDouble() + (c == labels[i] ? 2 : 0));
            }
        }
        CsrMatrix x = csr(rows);
        double[][] mean = new double[k][d];
        int[] size = new int[k];
        double[] all = new double[d];
        for (int i = 0; i < n; i++) {
            size[labels[i]]++;
            for (int c = 0; c < d; c++) {
                mean[labels[i]][c] += rows[i][c];
                all[c] += rows[i][c] / n;
            }
        }
        for (int j = 0; j < k; j++) {
            for (int c = 0; c < d; c++) {
                mean[j][c] /= size[j];
            }
        }
        double within = 0;
        double between = 0;
        double[] spread = new double[k];
        for (int i = 0; i < n; i++) {
            within += dist2(rows[i], mean[labels[i]]);
            spread[labels[i]] += Math.sqrt(dist2(rows[i], mean[labels[i]])) / size[labels[i]];
        }
        for (int j = 0; j < k; j++) {
            between += size[j] * dist2(mean[j], all);
        }
        assertThat(CalinskiHarabasz.score(x, labels)).isCloseTo(between / (k - 1) / (within / (n - k)), within(1e-6));
        double db = 0;
        for (int j = 0; j < k; j++) {
            double worst = 0;
            for (int o = 0; o < k; o++) {
                if (o != j) {
                    worst = Math.max(worst, (spread[j] + spread[o]) / Math.sqrt(dist2(mean[j], mean[o])));
                }
            }
            db += worst / k;
        }
        assertThat(DaviesBouldin.score(x, labels)).isCloseTo(db, within(1e-6));
        double sil = 0;
        for (int i = 0; i < n; i++) {
            double[] sum = new double[k];
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum[labels[j]] += Math.sqrt(dist2(rows[i], rows[j]));
                }
            }
            double a = sum[labels[i]] / (size[labels[i]] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                if (j != labels[i]) {
                    b = Math.min(b, sum[j] / size[j]);
                }
            }
            sil += (b - a) / Math.max(a, b) / n;
        }
        assertThat(Silhouette.score(x, labels, n, 0)).isCloseTo(sil, within(1e-6));
    }

    @Test
    void theSilhouetteSampleIsFixedBySeedAndCarriesAStandardError() {
        CsrMatrix x = csr(new double[][] {{0}, {1}, {2}, {10}, {11}, {12}, {20}, {21}, {22}, {23}});
        Silhouette a = Silhouette.sample(x, 6, 5);
        Silhouette b = Silhouette.sample(x, 6, 5);
        assertThat(a.rows()).hasSize(6).isSorted().containsExactly(b.rows());
        int[] labels = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2};
        Silhouette.Score s = a.evaluate(labels);
        assertThat(s.rows()).isEqualTo(6);
        assertThat(s.standardError()).isPositive().isLessThan(0.5);
        assertThat(a.distance(0, 1)).isEqualTo(a.distance(1, 0));
        assertThatThrownBy(() -> Silhouette.sample(x, Silhouette.MAX_SAMPLE + 1, 0)).hasMessageContaining("<= 10000");
        assertThatThrownBy(() -> CalinskiHarabasz.score(x, new int[] {0, 1})).hasMessageContaining("2 labels for 10 rows");
    }

    static double dist2(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }
}
