package tagcat.plot;

import tagcat.cluster.Centroids;

/**
 * The categories on a 2-D map for people: positions whose distances follow the cosine distances between
 * centroids (metric MDS by stress majorization, SMACOF), starting from the principal components. A linear
 * projection of a few hundred tag dimensions piles most categories onto one spot (the first components
 * follow the few most distinct categories); matching all pairwise distances spreads them so each can be
 * seen and clicked, with similar categories still near each other.
 *
 * <p>O(k^2) per iteration: instant for the k a person browses (k = 1,000: about a second).
 */
public final class CategoryMap {
    static final int ITERATIONS = 300;

    private CategoryMap() {
    }

    /** {@code k x 2} coordinates, row-major; deterministic for the same centroids and seed. */
    public static double[] layout(Centroids centroids, long seed) {
        int k = centroids.k();
        double[] xy = ClusterProjection.ofCentroids(centroids, seed);
        if (k < 3) {
            return xy;
        }
        double[][] target = chordDistances(centroids);
        scaleTo(xy, target);
        double[] next = new double[k * 2];
        for (int it = 0; it < ITERATIONS; it++) {
            // Guttman transform: x_i <- (1/k) sum_j (d_ij / |x_i - x_j|) (x_i - x_j) for the unweighted stress
            for (int i = 0; i < k; i++) {
                double sx = 0;
                double sy = 0;
                for (int j = 0; j < k; j++) {
                    if (i == j) {
                        continue;
                    }
                    double dx = xy[i * 2] - xy[j * 2];
                    double dy = xy[i * 2 + 1] - xy[j * 2 + 1];
                    double dist = Math.sqrt(dx * dx + dy * dy);
                    if (dist > 1e-12) {
                        double b = target[i][j] / dist;
                        sx += b * dx;
                        sy += b * dy;
                    }
                }
                next[i * 2] = sx / k;
                next[i * 2 + 1] = sy / k;
            }
            double[] t = xy;
            xy = next;
            next = t;
        }
        return xy;
    }

    /** Distances between unit centroids, sqrt(2 - 2 cos): 0 for the same direction, sqrt(2) for no tag in common. */
    private static double[][] chordDistances(Centroids c) {
        int k = c.k();
        double[][] rows = new double[k][];
        double[] norms = new double[k];
        for (int i = 0; i < k; i++) {
            rows[i] = c.row(i);
            double n = 0;
            for (double w : rows[i]) {
                n += w * w;
            }
            norms[i] = Math.sqrt(n);
        }
        double[][] d = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double dot = 0;
                double[] a = rows[i];
                double[] b = rows[j];
                for (int t = 0; t < a.length; t++) {
                    dot += a[t] * b[t];
                }
                double cos = norms[i] == 0 || norms[j] == 0 ? 0 : dot / (norms[i] * norms[j]);
                d[i][j] = d[j][i] = Math.sqrt(Math.max(0, 2 - 2 * Math.min(1, cos)));
            }
        }
        return d;
    }

    /** Rescales the start so its mean distance is the targets' (SMACOF converges faster from the right scale). */
    private static void scaleTo(double[] xy, double[][] target) {
        int k = target.length;
        double have = 0;
        double want = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                have += Math.hypot(xy[i * 2] - xy[j * 2], xy[i * 2 + 1] - xy[j * 2 + 1]);
                want += target[i][j];
            }
        }
        double f = have > 0 ? want / have : 1;
        for (int i = 0; i < xy.length; i++) {
            xy[i] *= f;
        }
        if (have == 0) { // all at one point: spread on a circle so the transform has directions to follow
            for (int i = 0; i < k; i++) {
                xy[i * 2] = Math.cos(2 * Math.PI * i / k);
                xy[i * 2 + 1] = Math.sin(2 * Math.PI * i / k);
            }
        }
    }
}
