package tagcat.linalg;

/** One vectorized post: ascending tag ids and their weights (L2-normalized unless empty). */
public record SparseVector(int[] indices, float[] values) {
    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException(indices.length + " indices but " + values.length + " values");
        }
    }

    public boolean isEmpty() {
        return indices.length == 0;
    }

    public double squaredNorm() {
        double s = 0;
        for (float v : values) {
            s += (double) v * v;
        }
        return s;
    }
}
