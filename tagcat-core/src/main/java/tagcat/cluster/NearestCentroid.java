package tagcat.cluster;

import java.util.Arrays;
import tagcat.linalg.CsrMatrix;
import tagcat.parallel.Workers;

/**
 * The assignment half of a Lloyd step: one set of centroids prepared for the kernel the {@link Engine}
 * picks (float copy, register blocks), then the nearest centroid of any slice of rows. Threads call
 * {@link #assign} on disjoint row ranges; a Spark partition calls it on its own rows: the labels and
 * distances are the same bit for bit whichever slices the rows come in. Ties go to the lower id.
 * Immutable once built, so one instance serves all threads of an iteration.
 */
public final class NearestCentroid {
    private final double[] ct;
    private final int k;
    private final double[] cNorms;
    private final NearestKernel kernel;
    /** The float copy when the float pass runs, else null and {@link #blocks} is used. */
    private final FloatCentroids floats;
    private final CentroidBlocks blocks;
    private final double[] paddedNorms;

    private NearestCentroid(double[] ct, int k, double[] cNorms, NearestKernel kernel, FloatCentroids floats,
                            CentroidBlocks blocks, double[] paddedNorms) {
        this.ct = ct;
        this.k = k;
        this.cNorms = cNorms;
        this.kernel = kernel;
        this.floats = floats;
        this.blocks = blocks;
        this.paddedNorms = paddedNorms;
    }

    /**
     * Prepared for assigning the rows of {@code x} (or rows like them: a partition of the same data): their
     * size decides whether {@link Engine.Kernel#AUTO} is worth the Vector API, and how often each tag occurs
     * decides the double kernel's layout, as in a Lloyd iteration.
     */
    public static NearestCentroid of(Centroids centroids, Engine engine, CsrMatrix x) {
        if (x.cols() != centroids.dims()) {
            throw new IllegalArgumentException("rows have " + x.cols() + " columns, centroids " + centroids.dims());
        }
        double[] ct = centroids.byTag();
        int k = centroids.k();
        int[] tagCounts = new int[x.cols()];
        int[] indices = x.indices();
        for (int j = 0, nnz = x.indptr()[x.rows()]; j < nnz; j++) {
            tagCounts[indices[j]]++;
        }
        return prepare(ct, k, centroids.dims(), Assignment.squaredNorms(ct, k, centroids.dims()), engine,
                Assignment.work(x, k), new Assignment.Scratch(tagCounts), null);
    }

    static NearestCentroid prepare(double[] ct, int k, int dims, double[] cNorms, Engine engine, long work,
                                   Assignment.Scratch scratch, Workers workers) {
        NearestKernel kernel = Kernels.choose(engine, work);
        if (kernel.hasFloatPath() && engine.floatPass()) {
            FloatCentroids fc = FloatCentroids.of(ct, k, dims, cNorms, workers, scratch == null ? null : scratch.floats,
                    scratch == null ? null : scratch.tagCounts);
            if (scratch != null) {
                scratch.floats = fc.weights;
            }
            return new NearestCentroid(ct, k, cNorms, kernel, fc, null, null);
        }
        CentroidBlocks blocks = CentroidBlocks.of(ct, k, dims,
                kernel.registerBlocksDenseLayout() && scratch != null ? scratch.tagCounts : null);
        double[] padded = Arrays.copyOf(cNorms, blocks.kp);
        Arrays.fill(padded, k, blocks.kp, Double.POSITIVE_INFINITY);
        return new NearestCentroid(ct, k, cNorms, kernel, null, blocks, padded);
    }

    public int k() {
        return k;
    }

    /** The kernel this step runs: "float", "vector" or "scalar". */
    public String kernelName() {
        return floats != null ? "float" : kernel.name();
    }

    /**
     * Writes the nearest centroid of rows {@code [from, to)} of {@code x} to {@code labels[i]} and the
     * squared distance (clamped at 0) to {@code dist[i]}, i in that range.
     *
     * @param xNorms each row's squared norm (indexed like the rows)
     */
    public void assign(CsrMatrix x, int from, int to, double[] xNorms, int[] labels, double[] dist) {
        if (dist == null) {
            throw new IllegalArgumentException("dist is required; the package-internal path skips it");
        }
        assignRows(x, from, to, xNorms, labels, dist);
    }

    /** Whether {@link #assignRows} accepts a null {@code dist} (only the float pass can skip distances). */
    boolean skipsDistances() {
        return floats != null;
    }

    /** As {@link #assign}; {@code dist} may be null when {@link #skipsDistances()}. */
    void assignRows(CsrMatrix x, int from, int to, double[] xNorms, int[] labels, double[] dist) {
        if (floats != null) {
            kernel.nearestFloat(x.indptr(), x.indices(), x.data(), from, to, floats, ct, cNorms, xNorms, labels, dist);
        } else {
            kernel.nearest(x.indptr(), x.indices(), x.data(), from, to, blocks, paddedNorms, xNorms, labels, dist);
        }
    }
}
