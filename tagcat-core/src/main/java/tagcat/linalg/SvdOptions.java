package tagcat.linalg;

/**
 * Parameters of a {@link TruncatedSvd} fit.
 *
 * @param components      singular triplets to keep, {@code r >= 1} (2 or 3 for a picture, ~100 for LSA)
 * @param oversamples     extra random directions beyond {@code r} for the range finder, {@code p >= 0}
 *                        (default 10, Halko et al.'s recommendation; sklearn uses 10 too)
 * @param powerIterations passes of {@code (A Aᵀ)} applied to the random sample, {@code q >= 0} (default 7,
 *                        scikit-learn's choice for few components): each pass sharpens the decay of the
 *                        spectrum the finder sees, so slowly decaying spectra (sparse text) still give accurate
 *                        leading components
 * @param center          subtract the column means first (implicitly: the sparse matrix is never densified),
 *                        which turns the SVD into PCA; false is classic LSA / sklearn's TruncatedSVD
 * @param seed            seeds the Gaussian test matrix; same matrix + options = same result
 */
public record SvdOptions(int components, int oversamples, int powerIterations, boolean center, long seed) {
    public SvdOptions {
        if (components < 1) {
            throw new IllegalArgumentException("components must be >= 1, got " + components);
        }
        if (oversamples < 0) {
            throw new IllegalArgumentException("oversamples must be >= 0, got " + oversamples);
        }
        if (powerIterations < 0) {
            throw new IllegalArgumentException("power iterations must be >= 0, got " + powerIterations);
        }
    }

    /** {@code components} components, 10 oversamples, 7 power iterations, not centred, seed 0. */
    public static SvdOptions of(int components) {
        return new SvdOptions(components, 10, 7, false, 0);
    }

    public SvdOptions withCenter(boolean v) {
        return new SvdOptions(components, oversamples, powerIterations, v, seed);
    }

    public SvdOptions withSeed(long v) {
        return new SvdOptions(components, oversamples, powerIterations, center, v);
    }

    public SvdOptions withPowerIterations(int v) {
        return new SvdOptions(components, oversamples, v, center, seed);
    }

    public SvdOptions withOversamples(int v) {
        return new SvdOptions(components, v, powerIterations, center, seed);
    }
}
