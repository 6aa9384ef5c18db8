package tagcat.linalg;

import java.util.SplittableRandom;

/**
 * The two dense kernels {@link TruncatedSvd} needs, on row-major arrays: orthonormalizing the columns of a
 * tall m x l matrix (l small) and the SVD of a small square matrix. Written here rather than pulled in
 * because they are short, the core stays JDK-only, and both are the textbook stable variants:
 * <ul>
 *   <li>modified Gram-Schmidt run twice per column ("twice is enough", Giraud et al. 2005), which keeps
 *       the columns orthonormal to working precision even when they are nearly dependent, as power
 *       iterations make them;</li>
 *   <li>one-sided Jacobi (Hestenes 1958; Demmel & Veselić 1992), accurate for small singular values too,
 *       O(l^3) per sweep, a handful of sweeps.</li>
 * </ul>
 */
final class SmallDense {
    /** A column whose norm falls below this fraction of its original norm is treated as dependent. */
    private static final double DEPENDENT = 1e-12;
    private static final int MAX_SWEEPS = 60;

    private SmallDense() {
    }

    /**
     * Replaces the l columns of row-major {@code a} (m x l) by an orthonormal basis of their span, so that
     * {@code a_before = a_after * r} with r upper triangular (written to {@code r}, l x l row-major, when
     * not null). A column that is (numerically) in the span of the previous ones is replaced by a random
     * direction orthogonal to them, with a zero diagonal in r, so the result is always orthonormal.
     * Requires {@code l <= m}.
     */
    static void orthonormalize(double[] a, int m, int l, double[] r, SplittableRandom rng) {
        if (l > m) {
            throw new IllegalArgumentException("cannot orthonormalize " + l + " columns of length " + m);
        }
        if (r != null) {
            java.util.Arrays.fill(r, 0, l * l, 0);
        }
        // Gram-Schmidt run twice per column ("twice is enough", Giraud et al. 2005), each step as two
        // sweeps over the rows so that the row-major matrix is read contiguously.
        double[] dots = new double[l];
        for (int c = 0; c < l; c++) {
            double before = columnNorm(a, m, l, c);
            for (int pass = 0; pass < 2 && c > 0; pass++) {
                java.util.Arrays.fill(dots, 0, c, 0);
                for (int i = 0; i < m; i++) {
                    int row = i * l;
                    double aic = a[row + c];
                    for (int p = 0; p < c; p++) {
                        dots[p] += a[row + p] * aic;
                    }
                }
                for (int i = 0; i < m; i++) {
                    int row = i * l;
                    double s = 0;
                    for (int p = 0; p < c; p++) {
                        s += dots[p] * a[row + p];
                    }
                    a[row + c] -= s;
                }
                if (r != null) {
                    for (int p = 0; p < c; p++) {
                        r[p * l + c] += dots[p];
                    }
                }
            }
            double norm = columnNorm(a, m, l, c);
            if (norm > DEPENDENT * before && norm > 0) {
                if (r != null) {
                    r[c * l + c] = norm;
                }
                for (int i = 0; i < m; i++) {
                    a[i * l + c] /= norm;
                }
            } else {
                randomOrthogonalColumn(a, m, l, c, rng);
            }
        }
    }

    private static void randomOrthogonalColumn(double[] a, int m, int l, int c, SplittableRandom rng) {
        for (int attempt = 0; attempt < 10; attempt++) {
            for (int i = 0; i < m; i++) {
                a[i * l + c] = rng.nextGaussian();
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int p = 0; p < c; p++) {
                    double dot = 0;
                    for (int i = 0; i < m; i++) {
                        dot += a[i * l + p] * a[i * l + c];
                    }
                    for (int i = 0; i < m; i++) {
                        a[i * l + c] -= dot * a[i * l + p];
                    }
                }
            }
            double norm = columnNorm(a, m, l, c);
            if (norm > 1e-8) {
                for (int i = 0; i < m; i++) {
                    a[i * l + c] /= norm;
                }
                return;
            }
        }
        throw new IllegalStateException("could not complete an orthonormal basis (" + c + " of " + m + ")");
    }

    private static double columnNorm(double[] a, int m, int l, int c) {
        double s = 0;
        for (int i = 0; i < m; i++) {
            s += a[i * l + c] * a[i * l + c];
        }
        return Math.sqrt(s);
    }

    /**
     * One-sided Jacobi SVD of the square n x n row-major matrix {@code w}: rotates pairs of its columns until
     * they are mutually orthogonal, accumulating the rotations in {@code v} (n x n row-major, set to the
     * identity first). Afterwards {@code w_before = w_after * vᵀ}, the column norms of {@code w_after} are
     * the singular values (returned, not sorted) and its normalized columns the left singular vectors.
     */
    static double[] jacobiSvd(double[] w, int n, double[] v) {
        java.util.Arrays.fill(v, 0, n * n, 0);
        for (int i = 0; i < n; i++) {
            v[i * n + i] = 1;
        }
        double eps = 1e-15;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double alpha = 0;
                    double beta = 0;
                    double gamma = 0;
                    for (int i = 0; i < n; i++) {
                        double wp = w[i * n + p];
                        double wq = w[i * n + q];
                        alpha += wp * wp;
                        beta += wq * wq;
                        gamma += wp * wq;
                    }
                    if (gamma == 0 || Math.abs(gamma) <= eps * Math.sqrt(alpha * beta)) {
                        continue;
                    }
                    rotated = true;
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                    double c = 1 / Math.sqrt(1 + t * t);
                    double s = c * t;
                    rotate(w, n, p, q, c, s);
                    rotate(v, n, p, q, c, s);
                }
            }
            if (!rotated) {
                break;
            }
        }
        double[] sigma = new double[n];
        for (int c = 0; c < n; c++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += w[i * n + c] * w[i * n + c];
            }
            sigma[c] = Math.sqrt(s);
        }
        return sigma;
    }

    private static void rotate(double[] a, int n, int p, int q, double c, double s) {
        for (int i = 0; i < n; i++) {
            double ap = a[i * n + p];
            double aq = a[i * n + q];
            a[i * n + p] = c * ap - s * aq;
            a[i * n + q] = s * ap + c * aq;
        }
    }
}
