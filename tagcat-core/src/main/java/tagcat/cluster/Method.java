package tagcat.cluster;

import java.util.Locale;
import tagcat.linalg.CsrMatrix;

/**
 * The clustering recipe, chosen with one option everywhere (cluster, choose-k, evaluate) and recorded
 * in the model so that assign and suggest use it too. The one place that decides how each method
 * fits ({@link #prepare}) and which distance it uses ({@link #metric()}): the metric in the
 * {@link KMeansOptions} given is replaced by the method's.
 */
public enum Method {
    /** The article's recipe exactly, as scikit-learn does it: TF-IDF rows, Euclidean k-means. */
    ARTICLE,
    /** Spherical k-means on the TF-IDF rows: unit-length centroids, nearest by cosine. */
    SPHERICAL,
    /** Latent semantic analysis: k-means (spherical) on the rows' top singular directions ({@link LsaKMeans}). */
    LSA;

    /**
     * LSA won on real data (EVALUATION.md: HARRISON, k = 50, NMI 0.73 vs 0.72 spherical, 0.65 article);
     * the article's exact recipe is {@link #ARTICLE}.
     */
    public static final Method DEFAULT = LSA;
    /** LSA dimensions: 50 did best on HARRISON (30-100 tried). */
    public static final int DEFAULT_DIMS = 50;

    public static Method parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "article", "euclidean" -> ARTICLE;
            case "spherical", "cosine" -> SPHERICAL;
            case "lsa" -> LSA;
            default -> throw new IllegalArgumentException("unknown method '" + s + "'; use article, spherical or lsa");
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The metric the method's centroids are compared with. */
    public Metric metric() {
        return this == ARTICLE ? Metric.EUCLIDEAN : Metric.COSINE;
    }

    /**
     * The work that does not depend on k, done once (LSA's projection); then {@link Prepared#fit} per k.
     *
     * @param dims LSA dimensions, capped at the number of rows and columns; ignored by the other methods
     */
    public Prepared prepare(CsrMatrix x, int dims, long seed) {
        LsaKMeans.Projection projection = this == LSA
                ? LsaKMeans.project(x, Math.min(dims, Math.min(x.rows(), x.cols())), seed) : null;
        return new Prepared(this, x, projection);
    }

    /** {@link #prepare} and {@link Prepared#fit} in one step. */
    public KMeansResult fit(CsrMatrix x, KMeansOptions options, int dims, double[][] given, KMeansListener listener) {
        return prepare(x, dims, options.seed()).fit(options, given, listener);
    }

    /** A method bound to its rows, ready to fit any k. */
    public static final class Prepared {
        private final Method method;
        private final CsrMatrix x;
        private final LsaKMeans.Projection projection;

        private Prepared(Method method, CsrMatrix x, LsaKMeans.Projection projection) {
            this.method = method;
            this.x = x;
            this.projection = projection;
        }

        /**
         * @param given initial centroids in tag space (seed categories), at most k; null for k-means++ alone
         */
        public KMeansResult fit(KMeansOptions options, double[][] given, KMeansListener listener) {
            KMeansOptions o = options.withMetric(method.metric());
            return projection != null ? LsaKMeans.fit(x, projection, o, given, listener) : KMeans.fit(x, o, given, listener);
        }

        public KMeansResult fit(KMeansOptions options) {
            return fit(options, null, KMeansListener.NONE);
        }
    }
}
