package tagcat.choosek;

import tagcat.eval.Silhouette;

import tagcat.cluster.Method;
import tagcat.cluster.KMeansOptions;

/**
 * Parameters of a {@link ChooseK} run.
 *
 * @param range            the values of k to try
 * @param kmeans           k-means settings for every fit; its k is replaced by each value of the range, its
 *                         seed is used for every k (and for the silhouette sample) so runs are reproducible
 * @param silhouetteSample rows in the silhouette sample, 2..{@link Silhouette#MAX_SAMPLE} (default 2000)
 * @param sensitivity      Kneedle's S for the elbow of the inertia curve (default 1, the paper's)
 * @param method           the clustering recipe, as {@code tagcat cluster --method} (default: {@link Method#DEFAULT}, as training)
 * @param dims             LSA dimensions for {@link Method#LSA}; the projection is computed once for all k
 */
public record ChooseKOptions(KRange range, KMeansOptions kmeans, int silhouetteSample, double sensitivity,
                             Method method, int dims) {
    public static final int DEFAULT_SAMPLE = 2000;

    public ChooseKOptions(KRange range, KMeansOptions kmeans, int silhouetteSample, double sensitivity) {
        this(range, kmeans, silhouetteSample, sensitivity, Method.DEFAULT, Method.DEFAULT_DIMS);
    }

    public ChooseKOptions {
        if (method == null || dims < 1) {
            throw new IllegalArgumentException("a method and dims >= 1 are required, got " + method + ", " + dims);
        }
        if (silhouetteSample < 2 || silhouetteSample > Silhouette.MAX_SAMPLE) {
            throw new IllegalArgumentException("silhouette sample must be in 2.." + Silhouette.MAX_SAMPLE + ", got "
                    + silhouetteSample);
        }
        if (!(sensitivity >= 0) || Double.isInfinite(sensitivity)) {
            throw new IllegalArgumentException("sensitivity must be a finite number >= 0, got " + sensitivity);
        }
    }

    public static ChooseKOptions of(KRange range, KMeansOptions kmeans) {
        return new ChooseKOptions(range, kmeans, DEFAULT_SAMPLE, 1.0);
    }

    public ChooseKOptions withMethod(Method m, int lsaDims) {
        return new ChooseKOptions(range, kmeans, silhouetteSample, sensitivity, m, lsaDims);
    }

    public ChooseKOptions withSilhouetteSample(int v) {
        return new ChooseKOptions(range, kmeans, v, sensitivity, method, dims);
    }
}
