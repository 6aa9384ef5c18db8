package tagcat.cluster;

import java.util.Arrays;

/**
 * k centroids over {@code dims} tags, stored tag-major: the k weights of tag t are contiguous at
 * {@code [t*k, t*k+k)}. A post's non-zero (t, v) then adds {@code v * row(t)} into k accumulators,
 * which is the shape the assignment kernel wants.
 */
public final class Centroids implements java.io.Serializable {
    private final int k;
    private final int dims;
    private final double[] byTag;

    Centroids(int k, int dims, double[] byTag) {
        if (byTag.length != (long) k * dims) {
            throw new IllegalArgumentException("expected " + ((long) k * dims) + " weights, got " + byTag.length);
        }
        this.k = k;
        this.dims = dims;
        this.byTag = byTag;
    }

    /** A copy of the weights, tag-major (tag t of centroid c at {@code t*k+c}). */
    public double[] tagMajor() {
        return byTag.clone();
    }

    /** These centroids scaled to unit length (a zero one stays zero): spherical k-means' update. */
    public Centroids unitLength() {
        double[] out = byTag.clone();
        KMeans.normalize(out, k, dims);
        return new Centroids(k, dims, out);
    }

    /** From a tag-major array (weight of tag t in centroid c at {@code t*k+c}); the array is copied. */
    public static Centroids ofTagMajor(int k, int dims, double[] byTag) {
        return new Centroids(k, dims, byTag.clone());
    }

    /** From dense rows, one per centroid, each {@code dims} long. */
    public static Centroids fromRows(double[][] rows, int dims) {
        int k = rows.length;
        double[] byTag = new double[Math.multiplyExact(k, dims)];
        for (int c = 0; c < k; c++) {
            if (rows[c].length != dims) {
                throw new IllegalArgumentException("centroid " + c + " has " + rows[c].length + " weights, expected " + dims);
            }
            for (int t = 0; t < dims; t++) {
                byTag[t * k + c] = rows[c][t];
            }
        }
        return new Centroids(k, dims, byTag);
    }

    public int k() {
        return k;
    }

    public int dims() {
        return dims;
    }

    public double weight(int centroid, int tag) {
        return byTag[tag * k + centroid];
    }

    /** A copy of one centroid as a dense row. */
    public double[] row(int centroid) {
        double[] r = new double[dims];
        for (int t = 0; t < dims; t++) {
            r[t] = byTag[t * k + centroid];
        }
        return r;
    }

    public double[] squaredNorms() {
        double[] n = new double[k];
        for (int t = 0; t < dims; t++) {
            int base = t * k;
            for (int c = 0; c < k; c++) {
                n[c] += byTag[base + c] * byTag[base + c];
            }
        }
        return n;
    }

    /** Raw tag-major array for kernels in this package. */
    double[] byTag() {
        return byTag;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Centroids other && k == other.k && dims == other.dims && Arrays.equals(byTag, other.byTag);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(byTag) * 31 + k;
    }

    @Override
    public String toString() {
        return "Centroids[k=" + k + ", dims=" + dims + "]";
    }
}
