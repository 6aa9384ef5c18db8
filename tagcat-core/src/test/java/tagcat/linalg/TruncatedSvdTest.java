package tagcat.linalg;

import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import tagcat.ArticleExample;

class TruncatedSvdTest {
    /**
     * A sparse n x d matrix with planted structure: every row draws its non-zeros mostly from one of {@code groups}
     * blocks of columns, so a few singular values stand out over the noise, as with tags and topics.
     */
    static CsrMatrix planted(int n, int d, int groups, double density, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<int[]> idx = new ArrayList<>();
        List<float[]> val = new ArrayList<>();
        int block = d / groups;
        int nnz = 0;
        for (int i = 0; i < n; i++) {
            int g = i % groups;
            boolean[] used = new boolean[d];
            int m = 1 + rng.nextInt(Math.max(1, (int) (density * d)));
            for (int j = 0; j < m; j++) {
                int c = rng.nextDouble() < 0.8 ? g * block + rng.nextInt(block) : rng.nextInt(d);
                used[c] = true;
            }
            int count = 0;
            for (boolean u : used) {
                count += u ? 1 : 0;
            }
            int[] cols = new int[count];
            float[] vs = new float[count];
            int at = 0;
            for (int c = 0; c < d; c++) {
                if (used[c]) {
                    cols[at] = c;
                    vs[at++] = (float) (0.2 + rng.nextDouble());
                }
            }
            idx.add(cols);
            val.add(vs);
            nnz += count;
        }
        int[] indptr = new int[n + 1];
        int[] indices = new int[nnz];
        float[] data = new float[nnz];
        for (int i = 0; i < n; i++) {
            System.arraycopy(idx.get(i), 0, indices, indptr[i], idx.get(i).length);
            System.arraycopy(val.get(i), 0, data, indptr[i], idx.get(i).length);
            indptr[i + 1] = indptr[i] + idx.get(i).length;
        }
        return new CsrMatrix(n, d, indptr, indices, data);
    }

    static double[][] dense(CsrMatrix x, boolean center) {
        double[][] a = new double[x.rows()][x.cols()];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = x.indptr()[i]; j < x.indptr()[i + 1]; j++) {
                a[i][x.indices()[j]] = x.data()[j];
            }
        }
        if (center) {
            for (int c = 0; c < x.cols(); c++) {
                double m = 0;
                for (double[] row : a) {
                    m += row[c];
                }
                m /= x.rows();
                for (double[] row : a) {
                    row[c] -= m;
                }
            }
        }
        return a;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void componentsAreOrthonormal() {
        CsrMatrix x = planted(300, 120, 6, 0.05, 1);
        TruncatedSvd svd = TruncatedSvd.fit(x, SvdOptions.of(8).withSeed(3));
        for (int a = 0; a < 8; a++) {
            for (int b = 0; b < 8; b++) {
                assertThat(dot(svd.component(a), svd.component(b))).as("<v%d, v%d>", a, b)
                        .isCloseTo(a == b ? 1.0 : 0.0, within(1e-10));
            }
        }
    }

    @Test
    void topSingularValuesAgreeWithADenseSvd() {
        CsrMatrix x = planted(300, 120, 6, 0.05, 2);
        double[] exact = new SingularValueDecomposition(new Array2DRowRealMatrix(dense(x, false))).getSingularValues();
        // default options: close; the leading values of this matrix are clustered, the hard case for a sketch
        double[] quick = TruncatedSvd.fit(x, SvdOptions.of(5).withSeed(7)).singularValues();
        for (int i = 0; i < 5; i++) {
            assertThat(quick[i]).as("singular value %d, default options", i).isCloseTo(exact[i], within(1e-3 * exact[0]));
        }
        // more power iterations converge to the exact values
        TruncatedSvd svd = TruncatedSvd.fit(x, SvdOptions.of(5).withSeed(7).withPowerIterations(30));
        double[] approx = svd.singularValues();
        for (int i = 0; i < 5; i++) {
            assertThat(approx[i]).as("singular value %d", i).isCloseTo(exact[i], within(1e-9 * exact[0]));
        }
        // and the leading right singular vectors span the same directions (up to sign)
        double[][] v = new SingularValueDecomposition(new Array2DRowRealMatrix(dense(x, false))).getV().transpose().getData();
        for (int i = 0; i < 3; i++) {
            assertThat(Math.abs(dot(svd.component(i), v[i]))).as("|<v%d, exact>|", i).isCloseTo(1.0, within(1e-6));
        }
    }

    @Test
    void centredFitIsPcaAndAgreesWithADenseSvdOfTheCentredMatrix() {
        CsrMatrix x = planted(200, 60, 4, 0.08, 5);
        double[][] centred = dense(x, true);
        double[] exact = new SingularValueDecomposition(new Array2DRowRealMatrix(centred)).getSingularValues();
        TruncatedSvd svd = TruncatedSvd.fit(x, SvdOptions.of(3).withCenter(true).withSeed(1).withPowerIterations(30));
        for (int i = 0; i < 3; i++) {
            assertThat(svd.singularValues()[i]).isCloseTo(exact[i], within(1e-9 * exact[0]));
        }
        // PCA coordinates have mean zero, and their variance over the total is the explained ratio
        double[] coords = svd.transform(x);
        double total = 0;
        for (double[] row : centred) {
            total += dot(row, row);
        }
        for (int c = 0; c < 3; c++) {
            double s = 0;
            double s2 = 0;
            for (int i = 0; i < x.rows(); i++) {
                s += coords[i * 3 + c];
                s2 += coords[i * 3 + c] * coords[i * 3 + c];
            }
            assertThat(s / x.rows()).isCloseTo(0, within(1e-9));
            assertThat(svd.explainedVarianceRatio()[c]).isCloseTo(s2 / total, within(1e-9));
            assertThat(s2).isCloseTo(exact[c] * exact[c], within(1e-5 * exact[0] * exact[0]));
        }
    }

    @Test
    void whenTheSketchCoversAllColumnsTheDecompositionIsExact() {
        CsrMatrix x = planted(40, 12, 3, 0.3, 9);
        double[] exact = new SingularValueDecomposition(new Array2DRowRealMatrix(dense(x, false))).getSingularValues();
        TruncatedSvd svd = TruncatedSvd.fit(x, new SvdOptions(12, 10, 0, false, 4));
        for (int i = 0; i < 12; i++) {
            assertThat(svd.singularValues()[i]).isCloseTo(exact[i], within(1e-9));
        }
    }

    @Test
    void manyComponentsOfFewColumnsTakeTheExactPathAndMatchADenseSvd() {
        // l = r + 10 >= d / 2: the Gram matrix's eigenvectors, not the sketch (whose n-row orthonormalizations made
        // --dims near the vocabulary take minutes); centred and not
        CsrMatrix x = planted(400, 80, 5, 0.1, 13);
        assertThat(TruncatedSvd.exactIsCheaper(400, 80, 70, SvdOptions.of(60).powerIterations())).isTrue();
        assertThat(TruncatedSvd.exactIsCheaper(300, 120, 15, SvdOptions.of(5).powerIterations()))
                .as("the sketch's own tests above stay on the sketch").isFalse();
        for (boolean center : new boolean[] {false, true}) {
            double[][] a = dense(x, center);
            SingularValueDecomposition ref = new SingularValueDecomposition(new Array2DRowRealMatrix(a));
            double[] exact = ref.getSingularValues();
            double[][] v = ref.getV().transpose().getData();
            TruncatedSvd svd = TruncatedSvd.fit(x, SvdOptions.of(60).withCenter(center));
            for (int i = 0; i < 60; i++) {
                assertThat(svd.singularValues()[i]).as("singular value %d, centred %s", i, center)
                        .isCloseTo(exact[i], within(1e-9 * exact[0]));
            }
            for (int i = 0; i < 10; i++) { // distinct leading values: the same directions up to sign
                assertThat(Math.abs(dot(svd.component(i), v[i]))).as("|<v%d, exact>|", i).isCloseTo(1.0, within(1e-8));
            }
            for (int p = 0; p < 60; p += 7) {
                for (int q = 0; q < 60; q += 5) {
                    assertThat(dot(svd.component(p), svd.component(q))).isCloseTo(p == q ? 1 : 0, within(1e-10));
                }
            }
        }
    }

    @Test
    void transformIsTheProductWithTheComponentsForSparseAndDenseRows() {
        CsrMatrix x = planted(50, 30, 3, 0.2, 11);
        TruncatedSvd svd = TruncatedSvd.fit(x, SvdOptions.of(2).withCenter(true));
        double[][] a = dense(x, false);
        double[] mean = svd.mean();
        double[] coords = svd.transform(x);
        for (int i = 0; i < x.rows(); i++) {
            double[] shifted = a[i].clone();
            for (int t = 0; t < shifted.length; t++) {
                shifted[t] -= mean[t];
            }
            for (int c = 0; c < 2; c++) {
                assertThat(coords[i * 2 + c]).isCloseTo(dot(shifted, svd.component(c)), within(1e-9));
            }
            assertThat(svd.transformDense(a[i])).containsExactly(new double[] {coords[i * 2], coords[i * 2 + 1]}, within(1e-9));
        }
    }

    @Test
    void sameSeedSameResultAndSignsAreFixed() {
        CsrMatrix x = planted(100, 40, 4, 0.1, 13);
        TruncatedSvd a = TruncatedSvd.fit(x, SvdOptions.of(3).withSeed(21));
        TruncatedSvd b = TruncatedSvd.fit(x, SvdOptions.of(3).withSeed(21));
        assertThat(a.singularValues()).containsExactly(b.singularValues());
        for (int c = 0; c < 3; c++) {
            assertThat(a.component(c)).containsExactly(b.component(c));
            double[] v = a.component(c);
            int arg = 0;
            for (int t = 0; t < v.length; t++) {
                if (Math.abs(v[t]) > Math.abs(v[arg])) {
                    arg = t;
                }
            }
            assertThat(v[arg]).as("largest entry of component %d is positive", c).isPositive();
        }
    }

    @Test
    void theArticlesPostsSplitFoodFromArchitectureOnTheFirstPrincipalComponent() {
        TfIdfVectorizer v = TfIdfVectorizer.fit(ArticleExample.corpus(), TfIdfOptions.defaults());
        CsrMatrix x = v.transform(ArticleExample.corpus()).matrix();
        TruncatedSvd svd = TruncatedSvd.fit(x, SvdOptions.of(2).withCenter(true));
        double[] p = svd.transform(x);
        // posts 0-2 mention food, 3-5 architecture: opposite signs on component 1
        for (int i = 0; i < 3; i++) {
            assertThat(Math.signum(p[i * 2])).isEqualTo(-Math.signum(p[(i + 3) * 2])).isNotZero();
        }
    }

    @Test
    void moreComponentsThanTheMatrixHasAreRefused() {
        CsrMatrix x = planted(10, 4, 2, 0.5, 1);
        assertThatThrownBy(() -> TruncatedSvd.fit(x, SvdOptions.of(5))).hasMessageContaining("at most 4");
        assertThatThrownBy(() -> SvdOptions.of(0)).hasMessageContaining("components must be >= 1, got 0");
    }
}
