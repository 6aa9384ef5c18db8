package tagcat.cluster;

import tagcat.parallel.Workers;

import java.util.Arrays;
import java.util.SplittableRandom;
import tagcat.linalg.CsrMatrix;

/**
 * Mini-batch k-means as scikit-learn's {@code MiniBatchKMeans} does it (Sculley 2010, "Web-scale
 * k-means clustering"): seed with k-means++ on a random subset of {@code 3 * batchSize} rows, then
 * repeatedly draw a batch, assign it, and move each centroid towards its batch rows with a learning
 * rate of 1 / (rows it has seen); centroids that see almost nothing are re-seeded from the batch now and
 * then. Stops after {@code maxIter} epochs or when the smoothed batch inertia has not improved for
 * 10 batches. Labels and inertia are then computed on all rows. Each step costs O(batch nnz * k + k * tags)
 * instead of a full pass, which pays off on data too large for many full passes; quality is lower.
 */
final class MiniBatchKMeans extends KMeansLoop {
    private static final int MAX_NO_IMPROVEMENT = 10;
    private static final double REASSIGNMENT_RATIO = 0.01;

    private final CsrMatrix x;
    private final double[] xNorms;
    private final double[] ct;
    private final int k;
    private final KMeansOptions options;
    private final double tolerance;
    private final java.util.SplittableRandom rng;
    private final Workers workers;
    private final int batch;
    private final long steps;
    private final double[] weights;
    private final double[] old;
    private final int[] rows;
    private final int[] labels;
    private final double[] dist;
    private final double alpha;
    private double ewa = Double.NaN;
    private double ewaMin = Double.POSITIVE_INFINITY;
    private int noImprovement;

    /** {@code ct} holds the seeding on entry and is updated in place. */
    MiniBatchKMeans(CsrMatrix x, double[] xNorms, double[] ct, int k, KMeansOptions options, double tolerance,
                    SplittableRandom rng, Workers workers) {
        this.x = x;
        this.xNorms = xNorms;
        this.ct = ct;
        this.k = k;
        this.options = options;
        this.tolerance = tolerance;
        this.rng = rng;
        this.workers = workers;
        int n = x.rows();
        this.batch = Math.min(options.batchSize(), n);
        this.steps = Math.max(1, (long) options.maxIter() * n / batch);
        this.weights = new double[k];
        this.old = new double[ct.length];
        this.rows = new int[batch];
        this.labels = new int[batch];
        this.dist = new double[batch];
        this.alpha = Math.min(1.0, batch * 2.0 / (n + 1));
    }

    @Override
    long budget() {
        return steps;
    }

    @Override
    boolean reports(long number) {
        return number > 1 && number % 100 == 0;
    }

    @Override
    double[] centroids() {
        return ct;
    }

    @Override
    Step step(long number) {
        int n = x.rows();
        int dims = x.cols();
        for (int b = 0; b < batch; b++) {
            rows[b] = rng.nextInt(n);
        }
        CsrMatrix xb = subset(x, rows);
        double[] xbNorms = new double[batch];
        for (int b = 0; b < batch; b++) {
            xbNorms[b] = xNorms[rows[b]];
        }
        Assignment.nearest(xb, xbNorms, ct, k, Assignment.squaredNorms(ct, k, dims), labels, dist, options.engine(), workers);
        System.arraycopy(ct, 0, old, 0, ct.length);
        update(xb, labels, ct, weights, k);
        if (number % (10 + (long) min(weights)) == 0) {
            reassign(xb, ct, weights, k, rng);
        }
        if (options.metric() == Metric.COSINE) {
            KMeans.normalize(ct, k, dims);
        }
        double shift = 0;
        for (int q = 0; q < ct.length; q++) {
            double d = ct[q] - old[q];
            shift += d * d;
        }
        if (number == 1) {
            return new Step(shift, -1, false); // the first batch only sets the smoothed inertia's start, as sklearn
        }
        double batchInertia = 0;
        for (double d : dist) {
            batchInertia += d;
        }
        batchInertia /= batch;
        ewa = Double.isNaN(ewa) ? batchInertia : ewa * (1 - alpha) + batchInertia * alpha;
        if (tolerance > 0 && shift <= tolerance) {
            return new Step(shift, -1, true);
        }
        if (ewa < ewaMin) {
            noImprovement = 0;
            ewaMin = ewa;
        } else if (++noImprovement >= MAX_NO_IMPROVEMENT) {
            return new Step(shift, -1, true);
        }
        return new Step(shift, -1, false);
    }

    /** c_new = (c_old * w_old + sum of its batch rows) / (w_old + batch rows), per centroid that got rows. */
    private static void update(CsrMatrix xb, int[] labels, double[] ct, double[] weights, int k) {
        int dims = xb.cols();
        int[] counts = new int[k];
        for (int l : labels) {
            counts[l]++;
        }
        double[] scaleOld = new double[k];
        double[] inv = new double[k];
        for (int c = 0; c < k; c++) {
            double w = weights[c] + counts[c];
            scaleOld[c] = counts[c] == 0 ? 1 : weights[c] / w;
            inv[c] = counts[c] == 0 ? 0 : 1 / w;
            weights[c] = w;
        }
        for (int t = 0; t < dims; t++) {
            int base = t * k;
            for (int c = 0; c < k; c++) {
                ct[base + c] *= scaleOld[c];
            }
        }
        for (int b = 0; b < xb.rows(); b++) {
            int c = labels[b];
            for (int j = xb.indptr()[b]; j < xb.indptr()[b + 1]; j++) {
                ct[xb.indices()[j] * k + c] += xb.data()[j] * inv[c];
            }
        }
    }

    /** Centroids with under 1% of the largest weight restart at random batch rows. */
    private static void reassign(CsrMatrix xb, double[] ct, double[] weights, int k, SplittableRandom rng) {
        double max = Arrays.stream(weights).max().orElse(0);
        boolean[] to = new boolean[k];
        int count = 0;
        for (int c = 0; c < k; c++) {
            if (weights[c] < REASSIGNMENT_RATIO * max) {
                to[c] = true;
                count++;
            }
        }
        if (count > xb.rows() / 2) {
            // keep the heaviest half of the batch size from being reassigned, as sklearn does
            Integer[] order = new Integer[k];
            for (int c = 0; c < k; c++) {
                order[c] = c;
            }
            Arrays.sort(order, (a, b) -> Double.compare(weights[a], weights[b]));
            for (int i = xb.rows() / 2; i < k; i++) {
                if (to[order[i]]) {
                    to[order[i]] = false;
                    count--;
                }
            }
        }
        if (count == 0) {
            return;
        }
        double keptMin = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            if (!to[c]) {
                keptMin = Math.min(keptMin, weights[c]);
            }
        }
        // distinct random rows of the batch (partial Fisher-Yates)
        int[] pick = new int[xb.rows()];
        for (int i = 0; i < pick.length; i++) {
            pick[i] = i;
        }
        int next = 0;
        int dims = xb.cols();
        for (int c = 0; c < k; c++) {
            if (!to[c]) {
                continue;
            }
            int j = next + rng.nextInt(pick.length - next);
            int row = pick[j];
            pick[j] = pick[next];
            pick[next++] = row;
            for (int t = 0; t < dims; t++) {
                ct[t * k + c] = 0;
            }
            for (int q = xb.indptr()[row]; q < xb.indptr()[row + 1]; q++) {
                ct[xb.indices()[q] * k + c] = xb.data()[q];
            }
            weights[c] = keptMin == Double.POSITIVE_INFINITY ? 1 : keptMin;
        }
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** The given rows (with repeats) as a new matrix. */
    static CsrMatrix subset(CsrMatrix x, int[] rows) {
        int[] indptr = new int[rows.length + 1];
        for (int b = 0; b < rows.length; b++) {
            indptr[b + 1] = indptr[b] + x.indptr()[rows[b] + 1] - x.indptr()[rows[b]];
        }
        int[] indices = new int[indptr[rows.length]];
        float[] data = new float[indices.length];
        for (int b = 0; b < rows.length; b++) {
            int from = x.indptr()[rows[b]];
            int len = indptr[b + 1] - indptr[b];
            System.arraycopy(x.indices(), from, indices, indptr[b], len);
            System.arraycopy(x.data(), from, data, indptr[b], len);
        }
        return new CsrMatrix(rows.length, x.cols(), indptr, indices, data);
    }
}
