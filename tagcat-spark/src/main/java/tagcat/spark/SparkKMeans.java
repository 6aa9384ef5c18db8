package tagcat.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import tagcat.cluster.CentroidSums;
import tagcat.cluster.Centroids;
import tagcat.cluster.KMeans;
import tagcat.cluster.KMeansOptions;
import tagcat.cluster.Metric;
import tagcat.cluster.NearestCentroid;
import tagcat.linalg.CsrMatrix;

/**
 * Lloyd's k-means over cached {@link RowBlock}s with the core's kernels: the centroids are broadcast, each
 * partition assigns its rows and sums them ({@link CentroidSums#assignAndAdd}), and the partial sums are merged
 * on the driver in partition order, so a given partitioning gives the same centroids on every run (Spark's
 * treeAggregate merges in completion order). Seeding runs the core's k-means++ on the driver, on the rows the
 * core's seed sample draws (fetched from their partitions; all rows when the options have no sample).
 *
 * <p>An empty cluster takes the row farthest from its centroid (farthest first, lower row on ties), as the core
 * does: each partition offers its own farthest rows, the driver keeps the overall ones. Work in progress: one run
 * (n-init 1).
 */
public final class SparkKMeans {
    /** Without a seed sample k-means++ runs on every row, gathered on the driver: only for this few. */
    static final int MAX_ROWS_WITHOUT_SAMPLE = 200_000;

    private SparkKMeans() {
    }

    /** The centroids and the inertia of the final assignment. */
    public record Result(Centroids centroids, double inertia, int iterations, boolean converged, int relocations) {
    }

    public static Result fit(org.apache.spark.api.java.JavaSparkContext sc, JavaRDD<RowBlock> blocks,
                             KMeansOptions options, double[][] given) {
        int k = options.k();
        long[] offsets = offsets(blocks);
        int n = Math.toIntExact(offsets[offsets.length - 1]);
        int[] drawn = KMeans.seedSampleRows(options, n);
        if (drawn == null && n > MAX_ROWS_WITHOUT_SAMPLE) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%,d rows: give the k-means"
                    + " options a seed sample (e.g. 100,000) so that k-means++ does not gather every row", n));
        }
        // k-means++ on the driver, on the very rows the core's seed sample draws (all rows when it has none)
        Centroids ct = drawn == null ? KMeans.initialCentroids(concat(blocks.collect()), options, given)
                : KMeans.initialCentroidsFromSample(fetch(sc, blocks, offsets, drawn), n, options, given);
        double[][] columns = null; // per-partition column sums, merged in partition order (collect keeps it)
        for (double[][] part : blocks.map(b -> columnSums(b.matrix())).collect()) {
            columns = columns == null ? part : add2(columns, part);
        }
        double tolerance = options.tol() * KMeans.meanVariance(columns[0], columns[1], n);
        int relocations = 0;
        int iterations = 0;
        boolean converged = false;
        while (iterations < options.maxIter()) {
            iterations++;
            CentroidSums sums = sums(sc, blocks, ct);
            relocations += relocateEmpty(sc, blocks, ct, sums, offsets);
            Centroids next = sums.means();
            if (options.metric() == Metric.COSINE) {
                next = next.unitLength();
            }
            double shift = squaredShift(next, ct);
            ct = next;
            if (shift <= tolerance) {
                converged = true;
                break;
            }
        }
        double inertia = sums(sc, blocks, ct).squaredDistances();
        return new Result(ct, inertia, iterations, converged, relocations);
    }

    /** One Lloyd pass: partial sums per partition, merged in partition order on the driver. */
    static CentroidSums sums(org.apache.spark.api.java.JavaSparkContext sc, JavaRDD<RowBlock> blocks, Centroids ct) {
        Broadcast<Centroids> centroids = sc.broadcast(ct);
        List<CentroidSums> partial = blocks.mapPartitions((Iterator<RowBlock> it) -> {
            Centroids c = centroids.value();
            CentroidSums s = new CentroidSums(c.k(), c.dims());
            while (it.hasNext()) {
                CsrMatrix x = it.next().matrix();
                NearestCentroid nearest = NearestCentroid.of(c, tagcat.cluster.Engine.defaults(), x);
                double[] norms = x.rowSquaredNorms();
                s.assignAndAdd(nearest, x, 0, x.rows(), norms, new int[x.rows()], new double[x.rows()]);
            }
            return List.of(s).iterator();
        }).collect();
        centroids.destroy();
        CentroidSums total = new CentroidSums(ct.k(), ct.dims());
        for (CentroidSums p : partial) {
            total.merge(p);
        }
        return total;
    }

    /** Each row's nearest centroid, partition after partition (row order): for checks and small outputs. */
    public static int[] labels(org.apache.spark.api.java.JavaSparkContext sc, JavaRDD<RowBlock> blocks, Centroids ct) {
        Broadcast<Centroids> centroids = sc.broadcast(ct);
        List<int[]> parts = blocks.map(b -> {
            CsrMatrix x = b.matrix();
            double[] norms = x.rowSquaredNorms();
            int[] labels = new int[x.rows()];
            NearestCentroid.of(centroids.value(), tagcat.cluster.Engine.defaults(), x)
                    .assign(x, 0, x.rows(), norms, labels, new double[x.rows()]);
            return labels;
        }).collect();
        centroids.destroy();
        return parts.stream().flatMapToInt(java.util.Arrays::stream).toArray();
    }

    /** One row offered for an empty cluster: its distance, global row number, cluster and non-zeros. */
    record Candidate(double dist, long row, int label, int[] indices, float[] values) implements java.io.Serializable {
        /** Row {@code r} of {@code x}, known globally as {@code row}. */
        static Candidate of(CsrMatrix x, int r, long row, double dist, int label) {
            int from = x.indptr()[r];
            int to = x.indptr()[r + 1];
            return new Candidate(dist, row, label, java.util.Arrays.copyOfRange(x.indices(), from, to),
                    java.util.Arrays.copyOfRange(x.data(), from, to));
        }
    }

    /** Each partition's first global row number, then the number of rows. */
    private static long[] offsets(JavaRDD<RowBlock> blocks) {
        List<Integer> sizes = blocks.map(RowBlock::rows).collect();
        long[] out = new long[sizes.size() + 1];
        for (int p = 1; p < out.length; p++) {
            out[p] = out[p - 1] + sizes.get(p - 1);
        }
        return out;
    }

    /** The rows {@code drawn} (global numbers, repeats allowed), in that order, fetched from their partitions. */
    private static CsrMatrix fetch(org.apache.spark.api.java.JavaSparkContext sc, JavaRDD<RowBlock> blocks,
                                   long[] offsets, int[] drawn) {
        long[] wanted = java.util.Arrays.stream(drawn).asLongStream().distinct().sorted().toArray();
        Broadcast<long[]> want = sc.broadcast(wanted);
        Broadcast<long[]> starts = sc.broadcast(offsets);
        List<Candidate> rows = blocks.mapPartitionsWithIndex((part, it) -> {
            List<Candidate> out = new java.util.ArrayList<>();
            long row = starts.value()[part];
            while (it.hasNext()) {
                CsrMatrix x = it.next().matrix();
                for (int r = 0; r < x.rows(); r++) {
                    if (java.util.Arrays.binarySearch(want.value(), row + r) >= 0) {
                        out.add(Candidate.of(x, r, row + r, 0, -1));
                    }
                }
                row += x.rows();
            }
            return out.iterator();
        }, false).collect();
        java.util.Map<Long, Candidate> byRow = new java.util.HashMap<>();
        rows.forEach(c -> byRow.put(c.row(), c));
        int cols = blocks.first().cols();
        int[] indptr = new int[drawn.length + 1];
        for (int i = 0; i < drawn.length; i++) {
            indptr[i + 1] = indptr[i] + byRow.get((long) drawn[i]).indices().length;
        }
        int[] indices = new int[indptr[drawn.length]];
        float[] data = new float[indptr[drawn.length]];
        for (int i = 0; i < drawn.length; i++) {
            Candidate c = byRow.get((long) drawn[i]);
            System.arraycopy(c.indices(), 0, indices, indptr[i], c.indices().length);
            System.arraycopy(c.values(), 0, data, indptr[i], c.values().length);
        }
        return new CsrMatrix(drawn.length, cols, indptr, indices, data);
    }

    /** Relocates every empty cluster; returns how many. */
    private static int relocateEmpty(org.apache.spark.api.java.JavaSparkContext sc, JavaRDD<RowBlock> blocks,
                                      Centroids ct, CentroidSums sums, long[] offsets) {
        List<Integer> empty = new java.util.ArrayList<>();
        for (int c = 0; c < ct.k(); c++) {
            if (sums.count(c) == 0) {
                empty.add(c);
            }
        }
        if (empty.isEmpty()) {
            return 0;
        }
        int n = empty.size();
        Broadcast<Centroids> centroids = sc.broadcast(ct);
        Broadcast<long[]> starts = sc.broadcast(offsets);
        List<Candidate> offered = blocks.mapPartitionsWithIndex((part, it) -> {
            // the n farthest rows of this partition: a heap whose root is the nearest of them
            java.util.PriorityQueue<Candidate> best = new java.util.PriorityQueue<>(n + 1, FARTHEST.reversed());
            Centroids c = centroids.value();
            long row = starts.value()[part];
            while (it.hasNext()) {
                CsrMatrix x = it.next().matrix();
                double[] norms = x.rowSquaredNorms();
                int[] labels = new int[x.rows()];
                double[] dist = new double[x.rows()];
                NearestCentroid.of(c, tagcat.cluster.Engine.defaults(), x).assign(x, 0, x.rows(), norms, labels, dist);
                for (int r = 0; r < x.rows(); r++) {
                    best.add(Candidate.of(x, r, row + r, dist[r], labels[r]));
                    if (best.size() > n) {
                        best.poll();
                    }
                }
                row += x.rows();
            }
            return best.iterator();
        }, false).collect();
        centroids.destroy();
        List<Candidate> all = new java.util.ArrayList<>(offered);
        all.sort(FARTHEST);
        for (int e = 0; e < n && e < all.size(); e++) {
            Candidate r = all.get(e);
            sums.relocate(r.indices(), r.values(), r.label(), empty.get(e));
        }
        return Math.min(n, all.size());
    }

    /** Farthest first, lower row on ties. */
    private static final java.util.Comparator<Candidate> FARTHEST = (a, b) -> {
        int byDist = Double.compare(b.dist(), a.dist());
        return byDist != 0 ? byDist : Long.compare(a.row(), b.row());
    };

    private static double squaredShift(Centroids a, Centroids b) {
        double[] x = a.tagMajor();
        double[] y = b.tagMajor();
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return s;
    }

    private static double[][] columnSums(CsrMatrix x) {
        double[] s = new double[x.cols()];
        double[] sq = new double[x.cols()];
        for (int j = 0; j < x.nnz(); j++) {
            double v = x.data()[j];
            s[x.indices()[j]] += v;
            sq[x.indices()[j]] += v * v;
        }
        return new double[][] {s, sq};
    }

    private static double[][] add2(double[][] a, double[][] b) {
        for (int i = 0; i < 2; i++) {
            for (int t = 0; t < a[i].length; t++) {
                a[i][t] += b[i][t];
            }
        }
        return a;
    }

    private static CsrMatrix concat(List<RowBlock> blocks) {
        int rows = 0;
        int nnz = 0;
        int cols = blocks.isEmpty() ? 0 : blocks.get(0).cols();
        for (RowBlock b : blocks) {
            rows += b.rows();
            nnz += b.indices().length;
        }
        int[] indptr = new int[rows + 1];
        int[] indices = new int[nnz];
        float[] data = new float[nnz];
        int r = 0;
        int at = 0;
        for (RowBlock b : blocks) {
            for (int i = 0; i < b.rows(); i++) {
                indptr[r + 1] = indptr[r] + (b.indptr()[i + 1] - b.indptr()[i]);
                r++;
            }
            System.arraycopy(b.indices(), 0, indices, at, b.indices().length);
            System.arraycopy(b.data(), 0, data, at, b.data().length);
            at += b.indices().length;
        }
        return new CsrMatrix(rows, cols, indptr, indices, data);
    }
}
