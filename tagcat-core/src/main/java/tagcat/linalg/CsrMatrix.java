package tagcat.linalg;

/**
 * A sparse matrix in compressed sparse row form: row {@code i}'s entries are
 * {@code indices[indptr[i]..indptr[i+1])} with values {@code data[...]}; column indices ascending.
 * 8 bytes per non-zero (int index + float value) plus 4 bytes per row.
 *
 * <p>Values are float to halve memory traffic in the k-means kernels; every sum over them is
 * accumulated in double.
 */
public final class CsrMatrix {
    private final int rows;
    private final int cols;
    private final int[] indptr;
    private final int[] indices;
    private final float[] data;

    public CsrMatrix(int rows, int cols, int[] indptr, int[] indices, float[] data) {
        if (indptr.length != rows + 1) {
            throw new IllegalArgumentException("indptr length " + indptr.length + " != rows + 1 = " + (rows + 1));
        }
        if (indices.length != data.length || indptr[rows] != indices.length) {
            throw new IllegalArgumentException("indices/data/indptr disagree: " + indices.length + ", " + data.length + ", " + indptr[rows]);
        }
        this.rows = rows;
        this.cols = cols;
        this.indptr = indptr;
        this.indices = indices;
        this.data = data;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int nnz() {
        return indices.length;
    }

    /** Raw arrays for kernels; callers must not modify them. */
    public int[] indptr() {
        return indptr;
    }

    public int[] indices() {
        return indices;
    }

    public float[] data() {
        return data;
    }

    /**
     * How many distinct rows there are, counting up to {@code enough} (then it stops: callers ask "at least k?").
     * Rows are compared by a 64-bit hash of their entries, so two different rows are taken as one with a
     * probability of about rows^2 / 2^64: a count for warnings, not for results.
     */
    public int distinctRows(int enough) {
        java.util.HashSet<Long> seen = new java.util.HashSet<>();
        for (int r = 0; r < rows && seen.size() < enough; r++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = indptr[r]; j < indptr[r + 1]; j++) {
                h = mix(h ^ (((long) indices[j] << 32) | (Float.floatToIntBits(data[j]) & 0xFFFF_FFFFL)));
            }
            seen.add(mix(h ^ (indptr[r + 1] - indptr[r])));
        }
        return seen.size();
    }

    /** SplitMix64's finalizer: every input bit reaches every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Every row's squared norm. */
    public double[] rowSquaredNorms() {
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = rowSquaredNorm(r);
        }
        return out;
    }

    public double rowSquaredNorm(int row) {
        double s = 0;
        for (int j = indptr[row]; j < indptr[row + 1]; j++) {
            s += (double) data[j] * data[j];
        }
        return s;
    }

    /** Value at (row, col), 0 when absent; binary search in the row. */
    public double get(int row, int col) {
        int lo = indptr[row];
        int hi = indptr[row + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = indices[mid];
            if (c < col) {
                lo = mid + 1;
            } else if (c > col) {
                hi = mid - 1;
            } else {
                return data[mid];
            }
        }
        return 0;
    }

    /**
     * The transpose, also in CSR form (so: this matrix in compressed sparse column form). Within each
     * column, rows stay ascending, which keeps every per-column sum in a fixed order.
     */
    public CsrMatrix transpose() {
        int[] counts = new int[cols + 1];
        for (int c : indices) {
            counts[c + 1]++;
        }
        for (int c = 0; c < cols; c++) {
            counts[c + 1] += counts[c];
        }
        int[] tIndptr = counts.clone();
        int[] next = counts;
        int[] tIndices = new int[indices.length];
        float[] tData = new float[data.length];
        for (int r = 0; r < rows; r++) {
            for (int j = indptr[r]; j < indptr[r + 1]; j++) {
                int dst = next[indices[j]]++;
                tIndices[dst] = r;
                tData[dst] = data[j];
            }
        }
        return new CsrMatrix(cols, rows, tIndptr, tIndices, tData);
    }
}
