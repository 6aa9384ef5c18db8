package tagcat.linalg;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The leading {@code r} singular values and right singular vectors of a sparse matrix A (n posts x d tags),
 * by the randomized range finder of Halko, Martinsson & Tropp, "Finding structure with randomness" (SIAM
 * Review 2011), Algorithms 4.4 + 5.1:
 * <ol>
 *   <li>draw a Gaussian d x l test matrix Ω, l = r + oversamples (at most min(n, d));</li>
 *   <li>Y = A Ω, Q = orth(Y); then q power iterations Q = orth(A orth(Aᵀ Q)), re-orthonormalizing at
 *       every step so that rounding does not collapse Y onto the top singular vector;</li>
 *   <li>B = Qᵀ A (l x d, formed as its transpose Aᵀ Q), Bᵀ = Q₂ R, and a dense SVD of the small l x l
 *       matrix Rᵀ = Ũ Σ Jᵀ by one-sided Jacobi; the right singular vectors of A are the columns of Q₂ J.</li>
 * </ol>
 * Only the products A M and Aᵀ N touch the sparse matrix, one pass over its non-zeros each, so memory is
 * O((n + d) l) beyond A itself. With {@link SvdOptions#center()} the column means μ are subtracted
 * implicitly ((A - 1μᵀ) M = A M - 1 (μᵀ M)), which makes this PCA without densifying A.
 *
 * <p>Signs are fixed as scikit-learn's {@code svd_flip} does for TruncatedSVD: in each component the
 * entry of largest magnitude is positive. The result is deterministic for a given matrix, options and seed;
 * it is an approximation whose error shrinks exponentially with the power iterations (Halko et al. §10):
 * the tests check it against a dense SVD.
 *
 * <p>When that costs more than the exact answer ({@link #exactIsCheaper}: l near the number of columns d, or few
 * columns and many rows), the components are instead the leading eigenvectors of the d x d Gram matrix
 * ({@link SymmetricEigen}), exact and in O(d³) once.
 *
 * <p>Limits: single-threaded; the products run in row order, O(nnz * l) each, 2q + 3 of them.
 */
public final class TruncatedSvd {
    private final int dims;
    private final double[] singularValues;
    /** Component c is {@code components[c*dims .. (c+1)*dims)}: orthonormal rows. */
    private final double[] components;
    /** Column means subtracted before projecting; null when not centred. */
    private final double[] mean;
    private final double[] explainedVarianceRatio;
    private final SvdOptions options;

    private TruncatedSvd(int dims, double[] singularValues, double[] components, double[] mean,
                         double[] explainedVarianceRatio, SvdOptions options) {
        this.dims = dims;
        this.singularValues = singularValues;
        this.components = components;
        this.mean = mean;
        this.explainedVarianceRatio = explainedVarianceRatio;
        this.options = options;
    }

    public static TruncatedSvd fit(CsrMatrix a, SvdOptions options) {
        int n = a.rows();
        int d = a.cols();
        int r = options.components();
        if (r > Math.min(n, d)) {
            throw new IllegalArgumentException(r + " components asked of a " + n + " x " + d
                    + " matrix; at most " + Math.min(n, d));
        }
        int l = Math.min(r + options.oversamples(), Math.min(n, d));
        double[] mu = options.center() ? columnMeans(a) : null;
        if (exactIsCheaper(n, d, l, options.powerIterations())) {
            return exact(a, mu, r, options);
        }
        SplittableRandom rng = new SplittableRandom(options.seed());

        double[] omega = new double[d * l];
        for (int i = 0; i < omega.length; i++) {
            omega[i] = rng.nextGaussian();
        }
        double[] y = times(a, mu, omega, l);
        // Re-orthonormalizing between power iterations keeps rounding from collapsing Y onto the top
        // singular vector; with at most 2 iterations that cannot happen in double precision and the n-row
        // orthonormalizations dominate the cost, so (as scikit-learn's randomized_range_finder) only the
        // last one is done.
        boolean between = options.powerIterations() > 2;
        if (between || options.powerIterations() == 0) {
            SmallDense.orthonormalize(y, n, l, null, rng);
        }
        for (int it = 0; it < options.powerIterations(); it++) {
            double[] z = transposeTimes(a, mu, y, l);
            if (between) {
                SmallDense.orthonormalize(z, d, l, null, rng);
            }
            y = times(a, mu, z, l);
            if (between || it == options.powerIterations() - 1) {
                SmallDense.orthonormalize(y, n, l, null, rng);
            }
        }
        // Bᵀ = Aᵀ Q = Q₂ R  =>  B = Rᵀ Q₂ᵀ; SVD of Rᵀ = W Jᵀ with W's columns orthogonal
        double[] q2 = transposeTimes(a, mu, y, l);
        double[] rr = new double[l * l];
        SmallDense.orthonormalize(q2, d, l, rr, rng);
        double[] w = new double[l * l];
        for (int i = 0; i < l; i++) {
            for (int j = 0; j < l; j++) {
                w[i * l + j] = rr[j * l + i];
            }
        }
        double[] jac = new double[l * l];
        double[] sigma = SmallDense.jacobiSvd(w, l, jac);

        Integer[] order = new Integer[l];
        for (int i = 0; i < l; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, z) -> {
            int bySigma = Double.compare(sigma[z], sigma[x]);
            return bySigma != 0 ? bySigma : Integer.compare(x, z);
        });
        double[] values = new double[r];
        double[] comps = new double[r * d];
        for (int c = 0; c < r; c++) {
            int src = order[c];
            values[c] = sigma[src];
            // component c = Q₂ * (column src of J)
            int base = c * d;
            for (int t = 0; t < d; t++) {
                double s = 0;
                for (int j = 0; j < l; j++) {
                    s += q2[t * l + j] * jac[j * l + src];
                }
                comps[base + t] = s;
            }
            flipSign(comps, base, d);
        }
        double[] ratio = explainedVarianceRatio(a, mu, comps, r);
        return new TruncatedSvd(d, values, comps, mu, ratio, options);
    }

    /**
     * Above this many columns the exact path's d x d eigenproblem (O(d³)) costs more than the randomized one could
     * save; below it, and when l is at least half of d, the randomized range finder has no advantage left and its
     * n-row orthonormalizations (2 n l² each) are what made large --dims take minutes.
     */
    static final int EXACT_MAX_COLUMNS = 4000;

    /**
     * Whether the exact path costs less: its eigenproblem (measured on HARRISON, d = 997: about the time of 5 d³
     * of the other path's flops) against the randomized path's n-row orthonormalizations, 2 n l² flops each,
     * q + 1 of them; or l is at least half of d, where the sketch is no sketch.
     */
    static boolean exactIsCheaper(int n, int d, int l, int powerIterations) {
        if (d > EXACT_MAX_COLUMNS) {
            return false;
        }
        double randomized = (powerIterations + 1.0) * 2.0 * n * (double) l * l;
        double exact = 5.0 * d * (double) d * d;
        return 2L * l >= d || exact < randomized;
    }

    /**
     * The exact leading components: eigenvectors of the (centred) Gram matrix AᵀA - n μμᵀ, whose eigenvalues are
     * the squared singular values. Used when l >= d / 2: the same subspace the randomized finder would span whole.
     */
    private static TruncatedSvd exact(CsrMatrix a, double[] mu, int r, SvdOptions options) {
        int n = a.rows();
        int d = a.cols();
        double[] g = new double[d * d];
        int[] indptr = a.indptr();
        int[] indices = a.indices();
        float[] data = a.data();
        for (int row = 0; row < n; row++) {
            for (int p = indptr[row]; p < indptr[row + 1]; p++) {
                int base = indices[p] * d;
                double vp = data[p];
                for (int q = indptr[row]; q < indptr[row + 1]; q++) {
                    g[base + indices[q]] += vp * data[q];
                }
            }
        }
        if (mu != null) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    g[i * d + j] -= n * mu[i] * mu[j];
                }
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(g, d);
        double[] values = new double[r];
        double[] comps = new double[r * d];
        for (int c = 0; c < r; c++) {
            int src = d - 1 - c; // ascending: the largest last
            values[c] = Math.sqrt(Math.max(0, eigen.values[src]));
            System.arraycopy(eigen.vectors[src], 0, comps, c * d, d);
            flipSign(comps, c * d, d);
        }
        return new TruncatedSvd(d, values, comps, mu, explainedVarianceRatio(a, mu, comps, r), options);
    }

    /** Number of components r. */
    public int components() {
        return singularValues.length;
    }

    /** Columns (tags) of the fitted matrix. */
    public int dims() {
        return dims;
    }

    public SvdOptions options() {
        return options;
    }

    /** The r largest singular values, descending (of the centred matrix when centred). */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** Component c (0-based) as a unit vector over the d columns; a copy. Components are mutually orthogonal. */
    public double[] component(int c) {
        return Arrays.copyOfRange(components, c * dims, (c + 1) * dims);
    }

    /** The column means subtracted before projecting (a copy), or empty when not centred. */
    public double[] mean() {
        return mean == null ? new double[0] : mean.clone();
    }

    /**
     * Per component, the variance of the fitted rows' coordinates over the total variance of the fitted
     * matrix' columns (scikit-learn's {@code explained_variance_ratio_}; population variances).
     */
    public double[] explainedVarianceRatio() {
        return explainedVarianceRatio.clone();
    }

    /** Coordinates of every row of {@code x} (same columns as the fitted matrix): n x r, row-major. */
    public double[] transform(CsrMatrix x) {
        requireDims(x.cols());
        int r = components();
        double[] out = new double[x.rows() * r];
        double[] shift = meanShift();
        int[] indptr = x.indptr();
        int[] indices = x.indices();
        float[] data = x.data();
        for (int i = 0; i < x.rows(); i++) {
            for (int c = 0; c < r; c++) {
                double s = -shift[c];
                int base = c * dims;
                for (int j = indptr[i]; j < indptr[i + 1]; j++) {
                    s += data[j] * components[base + indices[j]];
                }
                out[i * r + c] = s;
            }
        }
        return out;
    }

    /** Coordinates of one sparse row. */
    public double[] transform(SparseVector v) {
        int r = components();
        double[] shift = meanShift();
        double[] out = new double[r];
        for (int c = 0; c < r; c++) {
            double s = -shift[c];
            for (int j = 0; j < v.indices().length; j++) {
                requireDims(v.indices()[j] + 1);
                s += v.values()[j] * components[c * dims + v.indices()[j]];
            }
            out[c] = s;
        }
        return out;
    }

    /** Coordinates of a dense row over the d columns, e.g. a k-means centroid. */
    public double[] transformDense(double[] row) {
        if (row.length != dims) {
            throw new IllegalArgumentException("row has " + row.length + " columns, the SVD was fitted on " + dims);
        }
        int r = components();
        double[] shift = meanShift();
        double[] out = new double[r];
        for (int c = 0; c < r; c++) {
            double s = -shift[c];
            for (int t = 0; t < dims; t++) {
                s += row[t] * components[c * dims + t];
            }
            out[c] = s;
        }
        return out;
    }

    @Override
    public String toString() {
        return "TruncatedSvd[r=" + components() + ", dims=" + dims + (mean != null ? ", centred" : "")
                + ", singular values=" + Arrays.toString(singularValues) + "]";
    }

    private void requireDims(int cols) {
        if (cols > dims) {
            throw new IllegalArgumentException("column " + (cols - 1) + " is outside the " + dims + " fitted columns");
        }
    }

    /** μ · component c for each c: what centring subtracts from every coordinate. */
    private double[] meanShift() {
        int r = components();
        double[] shift = new double[r];
        if (mean != null) {
            for (int c = 0; c < r; c++) {
                double s = 0;
                for (int t = 0; t < dims; t++) {
                    s += mean[t] * components[c * dims + t];
                }
                shift[c] = s;
            }
        }
        return shift;
    }

    static double[] columnMeans(CsrMatrix a) {
        double[] mu = new double[a.cols()];
        int[] indices = a.indices();
        float[] data = a.data();
        for (int j = 0; j < indices.length; j++) {
            mu[indices[j]] += data[j];
        }
        for (int t = 0; t < mu.length; t++) {
            mu[t] /= a.rows();
        }
        return mu;
    }

    /** (A - 1μᵀ) M for M d x l row-major; n x l row-major. */
    static double[] times(CsrMatrix a, double[] mu, double[] m, int l) {
        int n = a.rows();
        double[] out = new double[n * l];
        int[] indptr = a.indptr();
        int[] indices = a.indices();
        float[] data = a.data();
        for (int i = 0; i < n; i++) {
            int o = i * l;
            for (int j = indptr[i]; j < indptr[i + 1]; j++) {
                double v = data[j];
                int src = indices[j] * l;
                for (int c = 0; c < l; c++) {
                    out[o + c] += v * m[src + c];
                }
            }
        }
        if (mu != null) {
            double[] muM = new double[l];
            for (int t = 0; t < a.cols(); t++) {
                for (int c = 0; c < l; c++) {
                    muM[c] += mu[t] * m[t * l + c];
                }
            }
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < l; c++) {
                    out[i * l + c] -= muM[c];
                }
            }
        }
        return out;
    }

    /** (A - 1μᵀ)ᵀ N for N n x l row-major; d x l row-major. */
    static double[] transposeTimes(CsrMatrix a, double[] mu, double[] nm, int l) {
        int d = a.cols();
        double[] out = new double[d * l];
        int[] indptr = a.indptr();
        int[] indices = a.indices();
        float[] data = a.data();
        for (int i = 0; i < a.rows(); i++) {
            int src = i * l;
            for (int j = indptr[i]; j < indptr[i + 1]; j++) {
                double v = data[j];
                int o = indices[j] * l;
                for (int c = 0; c < l; c++) {
                    out[o + c] += v * nm[src + c];
                }
            }
        }
        if (mu != null) {
            double[] colSums = new double[l];
            for (int i = 0; i < a.rows(); i++) {
                for (int c = 0; c < l; c++) {
                    colSums[c] += nm[i * l + c];
                }
            }
            for (int t = 0; t < d; t++) {
                for (int c = 0; c < l; c++) {
                    out[t * l + c] -= mu[t] * colSums[c];
                }
            }
        }
        return out;
    }

    private static void flipSign(double[] v, int from, int len) {
        int arg = from;
        for (int t = from; t < from + len; t++) {
            if (Math.abs(v[t]) > Math.abs(v[arg])) {
                arg = t;
            }
        }
        if (v[arg] < 0) {
            for (int t = from; t < from + len; t++) {
                v[t] = -v[t];
            }
        }
    }

    private static double[] explainedVarianceRatio(CsrMatrix a, double[] mu, double[] comps, int r) {
        int n = a.rows();
        int d = a.cols();
        double[] m = mu != null ? mu : columnMeans(a);
        // total variance: sum over columns of E[x²] - E[x]²
        double sq = 0;
        for (float v : a.data()) {
            sq += (double) v * v;
        }
        double meanSq = 0;
        for (double x : m) {
            meanSq += x * x;
        }
        double total = sq / n - meanSq;
        double[] ratio = new double[r];
        int[] indptr = a.indptr();
        int[] indices = a.indices();
        float[] data = a.data();
        for (int c = 0; c < r; c++) {
            int base = c * d;
            double s = 0;
            double s2 = 0;
            for (int i = 0; i < n; i++) {
                double p = 0;
                for (int j = indptr[i]; j < indptr[i + 1]; j++) {
                    p += data[j] * comps[base + indices[j]];
                }
                s += p;
                s2 += p * p;
            }
            double var = s2 / n - (s / n) * (s / n);
            ratio[c] = total > 0 ? var / total : 0;
        }
        return ratio;
    }
}
