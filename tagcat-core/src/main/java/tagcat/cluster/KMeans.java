package tagcat.cluster;

import tagcat.parallel.Workers;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import tagcat.linalg.CsrMatrix;

/**
 * Lloyd's k-means on sparse rows with k-means++ seeding, following scikit-learn's {@code KMeans}
 * ({@code algorithm='lloyd'}) step for step so that its results can be used as an oracle:
 * <ol>
 *   <li>assign every row to its nearest centroid;</li>
 *   <li>move each centroid to the mean of its rows; a centroid left empty takes the row farthest from
 *       its own centroid (that row's label is left as is until the next assignment, as sklearn does);</li>
 *   <li>stop when the labels no longer change, or when the squared centre shift is at most
 *       {@code tol * mean per-tag variance}; otherwise relabel once more so labels match the centroids.</li>
 * </ol>
 * With {@link Metric#COSINE} each updated centroid is scaled to unit length (spherical k-means,
 * Dhillon &amp; Modha 2001, "Concept decompositions for large sparse text data using clustering"):
 * for unit rows the nearest unit centroid is the most cosine-similar one.
 * The centroid update is computed per tag from the transposed matrix: each tag's k sums are
 * accumulated by one task in row order, so no partial sums need merging and the result does not
 * depend on the thread count.
 */
public final class KMeans {
    /** Tags per update task; fixed for the same reason as {@link Assignment#ROWS_PER_TASK}. */
    private static final int TAGS_PER_TASK = Assignment.TAGS_PER_TASK;

    private KMeans() {
    }

    public static KMeansResult fit(CsrMatrix x, KMeansOptions options) {
        return fit(x, options, null, KMeansListener.NONE);
    }

    /**
     * @param given initial centroids (dense rows over the matrix' columns) used before k-means++ fills the
     *              rest; at most k of them; null or empty for plain k-means++
     */
    public static KMeansResult fit(CsrMatrix x, KMeansOptions options, double[][] given, KMeansListener listener) {
        int k = options.k();
        if (x.rows() < k) {
            throw new IllegalArgumentException("k = " + k + " is larger than the number of posts (" + x.rows() + ")");
        }
        if (given != null && given.length > k) {
            throw new IllegalArgumentException(given.length + " initial centroids given but k = " + k);
        }
        long started = System.nanoTime();
        Engine engine = options.engine();
        if (!Kernels.isSmall(engine, Assignment.work(x, k))) {
            warmUp(); // a few milliseconds, then the first pass over many rows runs compiled code
        }
        CsrMatrix xt = x.transpose();
        double[] xNorms = Assignment.rowSquaredNorms(x);
        double tolerance = options.tol() * meanVariance(xt, x.rows());
        SplittableRandom root = new SplittableRandom(options.seed());
        Run best = null;
        try (Workers workers = options.parallelism().workers()) {
            for (int run = 0; run < options.nInit(); run++) {
                SplittableRandom rng = root.split();
                long t0 = System.nanoTime();
                boolean miniBatch = options.algorithm() == Algorithm.MINIBATCH;
                boolean sampled = seedsOnSample(options, x.rows());
                int r0 = run;
                java.util.function.IntConsumer chosen = c -> listener.seeding(r0, c, k);
                double[] ct = miniBatch ? seedOnSubset(x, xNorms, k, given, subsetSize(x, k, options), rng, engine, workers, chosen)
                        : sampled ? seedOnSubset(x, xNorms, k, given, options.seedSample(), rng, engine, workers, chosen)
                        : KMeansPlusPlus.seed(x, xt, xNorms, k, given, rng, engine, workers, chosen);
                double initSeconds = (System.nanoTime() - t0) / 1e9;
                listener.seeded(run);
                if (options.metric() == Metric.COSINE) {
                    normalize(ct, k, x.cols());
                }
                Run r;
                if (miniBatch) {
                    KMeansLoop.Outcome o = new MiniBatchKMeans(x, xNorms, ct, k, options, tolerance, rng, workers)
                            .run(listener, run);
                    r = finish(x, xNorms, o.ct(), k, engine, workers, run, (int) Math.min(Integer.MAX_VALUE, o.steps()),
                            o.converged());
                } else {
                    LloydKMeans lloyd = new LloydKMeans(x, xt, xNorms, ct, k, options, tolerance, workers);
                    r = lloyd.finish(lloyd.run(listener, run), run);
                }
                r.initSeconds = initSeconds;
                listener.runFinished(run, r.inertia, r.iterations);
                if (best == null || r.inertia < best.inertia) {
                    best = r;
                }
            }
        }
        int[] sizes = new int[k];
        for (int l : best.labels) {
            sizes[l]++;
        }
        return new KMeansResult(new Centroids(k, x.cols(), best.ct), best.labels, sizes, best.inertia, best.iterations,
                best.converged, best.run, best.initSeconds, (System.nanoTime() - started) / 1e9);
    }

    /**
     * The first run's starting centroids exactly as {@link #fit} draws them (k-means++ on all rows or on the
     * options' seed sample, after the given ones; unit length for cosine), tag-major: for a distributed Lloyd
     * that seeds on the driver.
     */
    public static Centroids initialCentroids(CsrMatrix x, KMeansOptions options, double[][] given) {
        int k = options.k();
        if (x.rows() < k) {
            throw new IllegalArgumentException("k = " + k + " is larger than the number of posts (" + x.rows() + ")");
        }
        int[] drawn = seedSampleRows(options, x.rows());
        return drawn == null ? kMeansPlusPlus(x, 0, x.rows(), options, given)
                : kMeansPlusPlus(MiniBatchKMeans.subset(x, drawn), drawn.length, x.rows(), options, given);
    }

    /** Whether {@link #fit} seeds on a random sample of {@code rows} rows rather than on all of them. */
    private static boolean seedsOnSample(KMeansOptions options, int rows) {
        return options.seedSample() > 0 && options.seedSample() < rows && options.seedSample() >= options.k();
    }

    /**
     * The rows {@link #fit}'s first run seeds on when the options' seed sample applies to {@code rows} rows (drawn
     * with replacement, in draw order), or null when it seeds on every row: a distributed job fetches just these.
     */
    public static int[] seedSampleRows(KMeansOptions options, int rows) {
        if (!seedsOnSample(options, rows)) {
            return null;
        }
        SplittableRandom rng = new SplittableRandom(options.seed()).split();
        int[] drawn = new int[options.seedSample()];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = rng.nextInt(rows);
        }
        return drawn;
    }

    /**
     * {@link #initialCentroids} from the rows {@link #seedSampleRows} named, fetched in that order ({@code sample}),
     * out of {@code rows} rows in all: the same centroids, without the other rows.
     */
    public static Centroids initialCentroidsFromSample(CsrMatrix sample, int rows, KMeansOptions options,
                                                       double[][] given) {
        return kMeansPlusPlus(sample, sample.rows(), rows, options, given);
    }

    /**
     * k-means++ on {@code x} with the first run's random stream after {@code draws} row draws out of {@code rows}
     * (those that chose a sample), as {@link #fit} seeds; unit length for cosine.
     */
    private static Centroids kMeansPlusPlus(CsrMatrix x, int draws, int rows, KMeansOptions options, double[][] given) {
        SplittableRandom rng = new SplittableRandom(options.seed()).split();
        for (int i = 0; i < draws; i++) {
            rng.nextInt(rows);
        }
        int k = options.k();
        double[] ct;
        try (Workers workers = options.parallelism().workers()) {
            ct = KMeansPlusPlus.seed(x, x.transpose(), Assignment.rowSquaredNorms(x), k, given, rng, options.engine(),
                    workers, c -> { });
        }
        if (options.metric() == Metric.COSINE) {
            normalize(ct, k, x.cols());
        }
        return Centroids.ofTagMajor(k, x.cols(), ct);
    }

    /** The tolerance's scale, from per-column sums and sums of squares: {@code tol} times this stops a run. */
    public static double meanVariance(double[] columnSums, double[] columnSquares, long rows) {
        double total = 0;
        for (int t = 0; t < columnSums.length; t++) {
            double mean = columnSums[t] / rows;
            total += columnSquares[t] / rows - mean * mean;
        }
        return columnSums.length == 0 ? 0 : total / columnSums.length;
    }

    /** One run's outcome while the best of n-init is chosen. */
    static final class Run {
        double[] ct;
        int[] labels;
        double inertia;
        int iterations;
        boolean converged;
        int run;
        double initSeconds;
    }

    /** Labels every row by the final centroids and computes the inertia. */
    private static Run finish(CsrMatrix x, double[] xNorms, double[] ct, int k, Engine engine, Workers workers, int run,
                              int iterations, boolean converged) {
        int[] labels = new int[x.rows()];
        double[] cNorms = Assignment.squaredNorms(ct, k, x.cols());
        Assignment.nearest(x, xNorms, ct, k, cNorms, labels, null, engine, workers);
        Run r = new Run();
        r.ct = ct;
        r.labels = labels;
        r.inertia = Assignment.inertia(x, ct, k, cNorms, labels, workers);
        r.iterations = iterations;
        r.converged = converged;
        r.run = run;
        return r;
    }

    /** Mini-batch seeding uses {@code max(3 * batchSize, 3k)} random rows, as scikit-learn. */
    private static int subsetSize(CsrMatrix x, int k, KMeansOptions options) {
        return (int) Math.min(x.rows(), Math.max(3L * options.batchSize(), 3L * k));
    }

    /** k-means++ on {@code size} random rows (drawn with replacement). */
    private static double[] seedOnSubset(CsrMatrix x, double[] xNorms, int k, double[][] given, int size,
                                         SplittableRandom rng, Engine engine, Workers workers,
                                         java.util.function.IntConsumer chosen) {
        int[] rows = new int[size];
        for (int i = 0; i < size; i++) {
            rows[i] = rng.nextInt(x.rows());
        }
        CsrMatrix sub = MiniBatchKMeans.subset(x, rows);
        double[] subNorms = new double[size];
        for (int i = 0; i < size; i++) {
            subNorms[i] = xNorms[rows[i]];
        }
        return KMeansPlusPlus.seed(sub, sub.transpose(), subNorms, k, given, rng, engine, workers, chosen);
    }

    /** Mean of each cluster's rows, tag-major (an empty cluster's mean is 0). */
    static double[] means(CsrMatrix x, CsrMatrix xt, int[] labels, int k, Workers workers) {
        double[] out = new double[Math.multiplyExact(k, x.cols())];
        update(x, xt, labels, null, out, k, workers, false);
        return out;
    }

    /**
     * New centroids into {@code out}: per-tag sums by label, empty clusters relocated (when
     * {@code relocate}; {@code dist} gives each row's squared distance to its centroid), then means.
     */
    static void update(CsrMatrix x, CsrMatrix xt, int[] labels, java.util.function.Supplier<double[]> dist,
                               double[] out, int k, Workers workers, boolean relocate) {
        int dims = x.cols();
        int[] counts = new int[k];
        for (int l : labels) {
            counts[l]++;
        }
        if (dims < FEW_DIMS) {
            sumByRowRanges(x, labels, out, k, workers);
        } else {
            sumByTag(xt, labels, out, k, workers);
        }
        if (relocate) {
            relocateEmpty(x, labels, dist, out, counts, k);
        }
        double[] inv = new double[k];
        for (int c = 0; c < k; c++) {
            inv[c] = counts[c] > 0 ? 1.0 / counts[c] : 0;
        }
        workers.forEach(Workers.tasksFor(dims, TAGS_PER_TASK), task -> {
            int from = task * TAGS_PER_TASK * k;
            int to = Math.min(dims, (task + 1) * TAGS_PER_TASK) * k;
            for (int q = from; q < to; q++) {
                out[q] *= inv[q % k];
            }
        });
    }

    /** Each tag's k sums accumulated by one task in row order: no partial sums to merge. */
    private static void sumByTag(CsrMatrix xt, int[] labels, double[] out, int k, Workers workers) {
        int dims = xt.rows();
        int[] tIndptr = xt.indptr();
        int[] tIndices = xt.indices();
        float[] tData = xt.data();
        workers.forEach(Workers.tasksFor(dims, TAGS_PER_TASK), task -> {
            int from = task * TAGS_PER_TASK;
            int to = Math.min(dims, from + TAGS_PER_TASK);
            Arrays.fill(out, from * k, to * k, 0);
            for (int t = from; t < to; t++) {
                int base = t * k;
                for (int q = tIndptr[t]; q < tIndptr[t + 1]; q++) {
                    out[base + labels[tIndices[q]]] += tData[q];
                }
            }
        });
    }

    /**
     * Below this many columns (LSA coordinates: 50) the per-tag split leaves one task for a million-row
     * pass, so the sums are split by row ranges instead and merged in task order.
     */
    static final int FEW_DIMS = 2 * TAGS_PER_TASK;

    /** Rows per task of {@link #sumByRowRanges}: fixed, so the merge order does not depend on threads. */
    private static final int ROWS_PER_SUM_TASK = 1 << 16;

    /** Per-task {@link CentroidSums} over fixed row ranges, merged in task order. */
    private static void sumByRowRanges(CsrMatrix x, int[] labels, double[] out, int k, Workers workers) {
        int n = x.rows();
        int tasks = Workers.tasksFor(n, ROWS_PER_SUM_TASK);
        CentroidSums[] partial = new CentroidSums[tasks];
        workers.forEach(tasks, task -> {
            CentroidSums sums = new CentroidSums(k, x.cols());
            int from = task * ROWS_PER_SUM_TASK;
            sums.add(x, from, Math.min(n, from + ROWS_PER_SUM_TASK), labels);
            partial[task] = sums;
        });
        CentroidSums total = new CentroidSums(k, x.cols());
        for (CentroidSums p : partial) {
            total.merge(p);
        }
        System.arraycopy(total.sumsByTag(), 0, out, 0, out.length);
    }

    /**
     * sklearn's {@code _relocate_empty_clusters_sparse}: each empty cluster takes one of the rows
     * farthest from their centroid (farthest first, lower row on ties), moving that row's weight from
     * its old cluster's sum.
     */
    private static void relocateEmpty(CsrMatrix x, int[] labels, java.util.function.Supplier<double[]> distances,
                                      double[] sums, int[] counts, int k) {
        // the clusters empty now; one that a relocation empties in turn waits for the next iteration, as in sklearn
        int[] emptyIds = java.util.stream.IntStream.range(0, k).filter(c -> counts[c] == 0).toArray();
        int empty = emptyIds.length;
        if (empty == 0) {
            return;
        }
        double[] dist = distances.get();
        // min-heap of the `empty` farthest rows: root is the nearest of them
        PriorityQueue<Integer> far = new PriorityQueue<>(empty + 1, (a, b) -> {
            int byDist = Double.compare(dist[a], dist[b]);
            return byDist != 0 ? byDist : Integer.compare(b, a);
        });
        for (int i = 0; i < labels.length; i++) {
            far.add(i);
            if (far.size() > empty) {
                far.poll();
            }
        }
        Integer[] rows = far.toArray(new Integer[0]);
        Arrays.sort(rows, (a, b) -> {
            int byDist = Double.compare(dist[b], dist[a]);
            return byDist != 0 ? byDist : Integer.compare(a, b);
        });
        for (int e = 0; e < empty && e < rows.length; e++) {
            int c = emptyIds[e];
            int row = rows[e];
            int old = labels[row];
            for (int j = x.indptr()[row]; j < x.indptr()[row + 1]; j++) {
                int base = x.indices()[j] * k;
                sums[base + old] -= x.data()[j];
                sums[base + c] = x.data()[j];
            }
            counts[c] = 1;
            counts[old]--;
        }
    }

    /** Scales every non-zero centroid to unit length (spherical k-means' update). */
    static void normalize(double[] ct, int k, int dims) {
        double[] norms = Assignment.squaredNorms(ct, k, dims);
        double[] inv = new double[k];
        for (int c = 0; c < k; c++) {
            inv[c] = norms[c] > 0 ? 1 / Math.sqrt(norms[c]) : 0;
        }
        for (int t = 0; t < dims; t++) {
            int base = t * k;
            for (int c = 0; c < k; c++) {
                ct[base + c] *= inv[c];
            }
        }
    }

    /**
     * Compiles the float assignment kernel on a tiny problem (a few milliseconds the first time, about
     * one after). {@link #fit} calls it before a large problem; a front end may call it at start-up on a
     * spare thread so that even that is off the user's clock. Does nothing without the Vector API.
     */
    public static void warmUp() {
        Assignment.warmUp();
    }

    /** Mean over tags of each tag's variance across rows: sklearn's scale for {@code tol}. */
    static double meanVariance(CsrMatrix xt, int rows) {
        double total = 0;
        for (int t = 0; t < xt.rows(); t++) {
            double s = 0;
            double sq = 0;
            for (int q = xt.indptr()[t]; q < xt.indptr()[t + 1]; q++) {
                double v = xt.data()[q];
                s += v;
                sq += v * v;
            }
            double mean = s / rows;
            total += sq / rows - mean * mean;
        }
        return xt.rows() == 0 ? 0 : total / xt.rows();
    }
}
