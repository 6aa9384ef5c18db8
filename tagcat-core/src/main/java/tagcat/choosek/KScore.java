package tagcat.choosek;

/**
 * How well k categories fit, for one k.
 *
 * @param inertia           k-means objective: sum of squared distances of posts to their centroid (falls with every k)
 * @param silhouette        mean silhouette on the fixed sample, Euclidean on the L2 rows, in [-1, 1], higher is better
 * @param silhouetteError   standard error of {@code silhouette} from the sample
 * @param calinskiHarabasz  between/within dispersion ratio, higher is better
 * @param daviesBouldin     mean worst-case cluster overlap ratio, lower is better
 * @param iterations        Lloyd iterations of the winning run
 * @param converged         whether that run converged before max-iter
 * @param seconds           wall clock for fitting and scoring this k (informative)
 */
public record KScore(int k, double inertia, double silhouette, double silhouetteError, double calinskiHarabasz,
                     double daviesBouldin, int iterations, boolean converged, double seconds) {
}
