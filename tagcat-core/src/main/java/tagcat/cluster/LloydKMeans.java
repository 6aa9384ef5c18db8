package tagcat.cluster;

import java.util.Arrays;
import tagcat.linalg.CsrMatrix;
import tagcat.parallel.Workers;

/**
 * Lloyd's step, as scikit-learn's {@code KMeans(algorithm='lloyd')} takes it: assign every row to its
 * nearest centroid, move each centroid to the mean of its rows (an empty one takes the farthest row),
 * scale to unit length for spherical k-means; stop when no row changed cluster (a fixed point) or the
 * squared centre shift is at most the tolerance. After the loop the rows are labelled once more by the
 * final centroids unless the run ended at a fixed point.
 */
final class LloydKMeans extends KMeansLoop {
    private final CsrMatrix x;
    private final CsrMatrix xt;
    private final double[] xNorms;
    private final int k;
    private final KMeansOptions options;
    private final double tolerance;
    private final Workers workers;
    private final int[] labels;
    private final int[] labelsOld;
    private final Assignment.Scratch scratch;
    private double[] ct;
    private double[] next;
    private boolean fixedPoint;

    LloydKMeans(CsrMatrix x, CsrMatrix xt, double[] xNorms, double[] ct, int k, KMeansOptions options, double tolerance,
                Workers workers) {
        this.x = x;
        this.xt = xt;
        this.xNorms = xNorms;
        this.k = k;
        this.options = options;
        this.tolerance = tolerance;
        this.workers = workers;
        this.ct = ct;
        this.next = new double[ct.length];
        this.labels = new int[x.rows()];
        this.labelsOld = new int[x.rows()];
        Arrays.fill(labelsOld, -1);
        int[] tagCounts = new int[x.cols()];
        for (int t = 0; t < x.cols(); t++) {
            tagCounts[t] = xt.indptr()[t + 1] - xt.indptr()[t];
        }
        this.scratch = new Assignment.Scratch(tagCounts);
    }

    @Override
    long budget() {
        return options.maxIter();
    }

    @Override
    Step step(long number) {
        int dims = x.cols();
        double[] cNorms = Assignment.squaredNorms(ct, k, dims, workers);
        Assignment.nearest(x, xNorms, ct, k, cNorms, scratch, labels, null, options.engine(), workers);
        double[] assignedBy = ct;
        // distances only matter when a cluster is empty (relocation), so they are computed only then
        KMeans.update(x, xt, labels, () -> Assignment.distances(x, xNorms, assignedBy, k, cNorms, labels, workers), next, k,
                workers, true);
        if (options.metric() == Metric.COSINE) {
            KMeans.normalize(next, k, dims);
        }
        double shift = Assignment.squaredShift(next, ct, k, dims, workers);
        double[] swap = ct;
        ct = next;
        next = swap;
        long changed = 0;
        for (int p = 0; p < labels.length; p++) {
            if (labels[p] != labelsOld[p]) {
                changed++;
            }
        }
        fixedPoint = changed == 0;
        System.arraycopy(labels, 0, labelsOld, 0, labels.length);
        return new Step(shift, changed, fixedPoint || shift <= tolerance);
    }

    @Override
    double[] centroids() {
        return ct;
    }

    /** The run's result: labels by the final centroids (already so at a fixed point) and the inertia. */
    KMeans.Run finish(Outcome o, int run) {
        double[] cNorms = Assignment.squaredNorms(ct, k, x.cols(), workers);
        if (!fixedPoint) {
            Assignment.nearest(x, xNorms, ct, k, cNorms, labels, null, options.engine(), workers);
        }
        KMeans.Run r = new KMeans.Run();
        r.ct = ct;
        r.labels = labels;
        r.inertia = Assignment.inertia(x, ct, k, cNorms, labels, workers);
        r.iterations = (int) o.steps();
        r.converged = o.converged();
        r.run = run;
        return r;
    }
}
