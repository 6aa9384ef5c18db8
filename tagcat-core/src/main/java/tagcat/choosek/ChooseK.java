package tagcat.choosek;

import tagcat.eval.CalinskiHarabasz;
import tagcat.eval.DaviesBouldin;
import tagcat.eval.Silhouette;

import java.util.ArrayList;
import java.util.List;
import tagcat.cluster.KMeans;
import tagcat.cluster.KMeansOptions;
import tagcat.cluster.KMeansListener;
import tagcat.cluster.Metric;
import tagcat.cluster.Method;
import tagcat.cluster.LsaKMeans;
import tagcat.cluster.KMeansResult;
import tagcat.linalg.CsrMatrix;

/**
 * Runs k-means for every k of a range on the same vectors and scores each result: inertia (for the
 * elbow), silhouette on one fixed sample, Calinski-Harabasz and Davies-Bouldin; then recommends a k by
 * the rule in {@link ChooseKResult}. Every fit uses the same options and seed, so a run is reproducible
 * and any one k can be re-run with {@code tagcat cluster --k K --seed S} to get the same categories.
 * Fits run one after another, each using all the options' threads.
 */
public final class ChooseK {
    /** Told after each k, in order; for progress lines. */
    @FunctionalInterface
    public interface Listener {
        void scored(KScore score, int done, int total);
    }

    private ChooseK() {
    }

    public static ChooseKResult run(CsrMatrix x, ChooseKOptions options, Listener listener) {
        int[] ks = options.range().values();
        int largest = ks[ks.length - 1];
        if (largest > x.rows()) {
            throw new IllegalArgumentException("k = " + largest + " is larger than the number of posts (" + x.rows()
                    + "); lower the top of the k range");
        }
        Silhouette sample = Silhouette.sample(x, options.silhouetteSample(), options.kmeans().seed());
        Method.Prepared method = options.method().prepare(x, options.dims(), options.kmeans().seed());
        List<KScore> scores = new ArrayList<>(ks.length);
        for (int i = 0; i < ks.length; i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("interrupted");
            }
            long t0 = System.nanoTime();
            KMeansResult fit = method.fit(options.kmeans().withK(ks[i]));
            int[] labels = fit.labels();
            Silhouette.Score sil = sample.evaluate(labels);
            KScore s = new KScore(ks[i], fit.inertia(), sil.mean(), sil.standardError(), CalinskiHarabasz.score(x, labels),
                    DaviesBouldin.score(x, labels), fit.iterations(), fit.converged(), (System.nanoTime() - t0) / 1e9);
            scores.add(s);
            listener.scored(s, i + 1, ks.length);
        }
        return ChooseKResult.of(scores, sample.size(), options.sensitivity());
    }
}
