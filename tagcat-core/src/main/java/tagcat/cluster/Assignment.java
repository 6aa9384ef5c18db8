package tagcat.cluster;

import tagcat.parallel.Workers;

import tagcat.linalg.CsrMatrix;

/**
 * The assignment kernel: nearest centroid of every row. For a row x and centroid c,
 * ||x - c||^2 = ||x||^2 - 2 x.c + ||c||^2; only x.c depends on both, and with tag-major centroids it
 * is k multiply-adds per non-zero of x into a k-wide accumulator. Ties go to the lower cluster id.
 */
final class Assignment {
    /** Rows per task: fixed, so the task split (and every ordered sum) is independent of thread count. */
    static final int ROWS_PER_TASK = 2048;

    private Assignment() {
    }

    /**
     * Writes each row's nearest centroid to labels and its squared distance (clamped at 0) to dist;
     * dist may be null when only labels are wanted (the float path then skips computing distances).
     */
    static void nearest(CsrMatrix x, double[] xNorms, double[] ct, int k, double[] cNorms, int[] labels, double[] dist,
                        Engine engine, Workers workers) {
        nearest(x, xNorms, ct, k, cNorms, null, labels, dist, engine, workers);
    }

    /** What repeated assignments with the same data keep between calls (Lloyd's iterations). */
    static final class Scratch {
        /** Occurrences per tag: lets the double kernel pick its layout. */
        final int[] tagCounts;
        /** The float centroid buffer, reused rather than allocated every iteration. */
        float[] floats;

        Scratch(int[] tagCounts) {
            this.tagCounts = tagCounts;
        }
    }

    /** As above, with buffers kept between calls ({@code scratch} may be null). */
    static void nearest(CsrMatrix x, double[] xNorms, double[] ct, int k, double[] cNorms, Scratch scratch, int[] labels,
                        double[] dist, Engine engine, Workers workers) {
        int n = x.rows();
        NearestCentroid step = NearestCentroid.prepare(ct, k, x.cols(), cNorms, engine, work(x, k), scratch, workers);
        double[] out = dist != null || step.skipsDistances() ? dist : new double[n];
        workers.forEach(Workers.tasksFor(n, ROWS_PER_TASK), task -> {
            int from = task * ROWS_PER_TASK;
            step.assignRows(x, from, Math.min(n, from + ROWS_PER_TASK), xNorms, labels, out);
        });
    }

    /** Multiply-adds of one assignment pass: what {@link Engine#smallWork()} is compared with. */
    static long work(CsrMatrix x, int k) {
        return (long) x.nnz() * k;
    }

    /**
     * Runs the float kernel on a tiny made-up problem until the JIT has compiled it. Why: before that
     * the Vector API runs as plain objects, hundreds of times slower, and the first pass over a million
     * posts would spend most of a second there. Tiny calls reach the compile thresholds after a few
     * milliseconds of slow code instead (and cost about a millisecond once compiled). Covers every
     * branch (near ties, distances wanted or not, an empty row) so that the compiled code need not be
     * thrown away on the real data. Touches nothing shared; {@link KMeans#warmUp} is the public door.
     */
    static void warmUp() {
        NearestKernel kernel = Kernels.VECTOR;
        if (kernel == null || !kernel.hasFloatPath()) {
            return;
        }
        // 5 and 11 vectors of centroids: every register-group size of the kernel (8, 4, 2, 1) runs
        for (int k : new int[] {4 * FloatCentroids.LANES + 1, 10 * FloatCentroids.LANES + 1}) {
            int dims = 3;
            double[] ct = new double[k * dims];
            for (int q = 0; q < ct.length; q++) {
                ct[q] = ((q * 2654435761L) >>> 8 & 1023) / 1024.0;
            }
            // the empty row ties: centroids 1 and 2 are zero, centroid 0 nearly so (its exact distance is larger)
            for (int t = 0; t < dims; t++) {
                ct[t * k] = t == 2 ? 1e-4 : 0;
                ct[t * k + 1] = 0;
                ct[t * k + 2] = 0;
            }
            double[] cNorms = squaredNorms(ct, k, dims);
            FloatCentroids fc = FloatCentroids.of(ct, k, dims, cNorms, null);
            int[] indptr = {0, 2, 3, 3, 5};
            int[] indices = {0, 2, 1, 0, 1};
            float[] data = {0.6f, 0.8f, 1f, 0.70710677f, 0.70710677f};
            double[] xNorms = {1, 1, 0, 1};
            int[] labels = new int[4];
            double[] dist = new double[4];
            for (int rep = 0; rep < 10_000; rep++) {
                kernel.nearestFloat(indptr, indices, data, 0, 4, fc, ct, cNorms, xNorms, labels, (rep & 1) == 0 ? dist : null);
            }
        }
    }

    /**
     * Each row's squared distance (clamped at 0) to its labelled centroid, bit-identical to what
     * {@link #nearest} writes for the same centroids and labels.
     */
    static double[] distances(CsrMatrix x, double[] xNorms, double[] ct, int k, double[] cNorms, int[] labels,
                              Workers workers) {
        int n = x.rows();
        double[] dist = new double[n];
        workers.forEach(Workers.tasksFor(n, ROWS_PER_TASK), task -> {
            for (int i = task * ROWS_PER_TASK, end = Math.min(n, i + ROWS_PER_TASK); i < end; i++) {
                int c = labels[i];
                dist[i] = Math.max(0, xNorms[i] + FloatCentroids.exact(x.indptr(), x.indices(), x.data(), i, ct, k, c,
                        cNorms[c]));
            }
        });
        return dist;
    }

    /**
     * Sum of squared distances of rows to their labelled centroid, computed as scikit-learn's
     * {@code _inertia_sparse} does; per-task partial sums are added in task order.
     */
    static double inertia(CsrMatrix x, double[] ct, int k, double[] cNorms, int[] labels, Workers workers) {
        int n = x.rows();
        int[] indptr = x.indptr();
        int[] indices = x.indices();
        float[] data = x.data();
        int tasks = Workers.tasksFor(n, ROWS_PER_TASK);
        double[] partial = new double[tasks];
        workers.forEach(tasks, task -> {
            int from = task * ROWS_PER_TASK;
            int to = Math.min(n, from + ROWS_PER_TASK);
            double s = 0;
            for (int i = from; i < to; i++) {
                int c = labels[i];
                double r = 0;
                for (int j = indptr[i]; j < indptr[i + 1]; j++) {
                    double w = ct[indices[j] * k + c];
                    double diff = data[j] - w;
                    r += diff * diff - w * w;
                }
                r += cNorms[c];
                s += Math.max(0, r);
            }
            partial[task] = s;
        });
        double total = 0;
        for (double p : partial) {
            total += p;
        }
        return total;
    }

    static double[] rowSquaredNorms(CsrMatrix x) {
        return x.rowSquaredNorms();
    }

    static double[] squaredNorms(double[] ct, int k, int dims) {
        return squaredNorms(ct, k, dims, null);
    }

    /** Tags per task in whole-centroid-matrix passes; fixed so that ordered sums do not depend on threads. */
    static final int TAGS_PER_TASK = 256;

    /** Squared norm of each centroid; per-task partial sums over tag ranges, added in task order. */
    static double[] squaredNorms(double[] ct, int k, int dims, Workers workers) {
        int tasks = Workers.tasksFor(dims, TAGS_PER_TASK);
        double[][] partial = new double[tasks][];
        java.util.function.IntConsumer body = task -> {
            double[] n = new double[k];
            for (int t = task * TAGS_PER_TASK, end = Math.min(dims, t + TAGS_PER_TASK); t < end; t++) {
                int base = t * k;
                for (int c = 0; c < k; c++) {
                    n[c] += ct[base + c] * ct[base + c];
                }
            }
            partial[task] = n;
        };
        Workers.forEach(workers, tasks, body);
        double[] n = new double[k];
        for (double[] p : partial) {
            for (int c = 0; c < k; c++) {
                n[c] += p[c];
            }
        }
        return n;
    }

    /** Sum of squared differences of two equally shaped centroid arrays; ordered partial sums. */
    static double squaredShift(double[] a, double[] b, int k, int dims, Workers workers) {
        int tasks = Workers.tasksFor(dims, TAGS_PER_TASK);
        double[] partial = new double[tasks];
        workers.forEach(tasks, task -> {
            double s = 0;
            for (int q = task * TAGS_PER_TASK * k, end = Math.min(dims, (task + 1) * TAGS_PER_TASK) * k; q < end; q++) {
                double d = a[q] - b[q];
                s += d * d;
            }
            partial[task] = s;
        });
        double total = 0;
        for (double p : partial) {
            total += p;
        }
        return total;
    }
}
