package tagcat.cluster;

import tagcat.linalg.CsrMatrix;

/**
 * The update half of a Lloyd step: per-cluster sums of the rows assigned to each cluster, and their
 * counts, for a slice of rows. Each worker (a task of a thread pool, a Spark partition) fills its own
 * and the caller merges them in a fixed order (task or partition order): floating-point sums then do
 * not depend on how many threads ran. Tag-major like {@link Centroids}: the sums of tag t are at
 * {@code [t*k, t*k+k)}. 8 bytes per (tag, cluster), whether a slice uses the tag or not.
 */
public final class CentroidSums implements java.io.Serializable {
    private final int k;
    private final int dims;
    private final double[] sums;
    private final long[] counts;
    private double squaredDistances;

    public CentroidSums(int k, int dims) {
        if (k < 1 || dims < 0) {
            throw new IllegalArgumentException("k must be >= 1 and dims >= 0, got k = " + k + ", dims = " + dims);
        }
        this.k = k;
        this.dims = dims;
        this.sums = new double[Math.multiplyExact(k, dims)];
        this.counts = new long[k];
    }

    /**
     * Moves one row (its non-zeros) from cluster {@code from} to the empty cluster {@code to}, as the core's Lloyd
     * relocates an empty cluster: the row leaves its old sum and becomes the new cluster's whole sum.
     */
    public void relocate(int[] indices, float[] values, int from, int to) {
        for (int j = 0; j < indices.length; j++) {
            int base = indices[j] * k;
            sums[base + from] -= values[j];
            sums[base + to] = values[j];
        }
        counts[to] = 1;
        counts[from]--;
    }

    /** Adds rows {@code [from, to)} of {@code x} to the sums of their {@code labels}. */
    public void add(CsrMatrix x, int from, int to, int[] labels) {
        int[] indptr = x.indptr();
        int[] indices = x.indices();
        float[] data = x.data();
        for (int i = from; i < to; i++) {
            int c = labels[i];
            counts[c]++;
            for (int j = indptr[i]; j < indptr[i + 1]; j++) {
                sums[indices[j] * k + c] += data[j];
            }
        }
    }

    /**
     * One Lloyd step over a slice: assigns rows {@code [from, to)} to their nearest centroid (written to
     * {@code labels} and {@code dist}) and adds them to these sums.
     */
    public void assignAndAdd(NearestCentroid nearest, CsrMatrix x, int from, int to, double[] xNorms, int[] labels,
                             double[] dist) {
        if (nearest.k() != k) {
            throw new IllegalArgumentException("centroids have k = " + nearest.k() + ", sums k = " + k);
        }
        nearest.assign(x, from, to, xNorms, labels, dist);
        for (int i = from; i < to; i++) {
            squaredDistances += dist[i];
        }
        add(x, from, to, labels);
    }

    /** Adds another slice's sums into these; merge slices in a fixed order for reproducible sums. */
    public void merge(CentroidSums other) {
        if (other.k != k || other.dims != dims) {
            throw new IllegalArgumentException("cannot merge sums of k = " + other.k + ", dims = " + other.dims
                    + " into k = " + k + ", dims = " + dims);
        }
        for (int q = 0; q < sums.length; q++) {
            sums[q] += other.sums[q];
        }
        for (int c = 0; c < k; c++) {
            counts[c] += other.counts[c];
        }
        squaredDistances += other.squaredDistances;
    }

    public int k() {
        return k;
    }

    public int dims() {
        return dims;
    }

    public long count(int cluster) {
        return counts[cluster];
    }

    /** Sum of the squared distances {@link #assignAndAdd} saw (the slice's inertia by the kernel's arithmetic). */
    public double squaredDistances() {
        return squaredDistances;
    }

    /** Each cluster's mean (an empty cluster's is 0); spherical k-means scales them to unit length after. */
    public Centroids means() {
        double[] out = sums.clone();
        double[] inv = new double[k];
        for (int c = 0; c < k; c++) {
            inv[c] = counts[c] > 0 ? 1.0 / counts[c] : 0;
        }
        for (int q = 0; q < out.length; q++) {
            out[q] *= inv[q % k];
        }
        return new Centroids(k, dims, out);
    }

    /** The raw tag-major sums, for the fit in this package (no copy). */
    double[] sumsByTag() {
        return sums;
    }
}
