package tagcat.cluster;

/**
 * Nearest centroid for a range of sparse rows. Centroids come in blocks of {@link #LANES}
 * ({@link CentroidBlocks}); padding centroids have an infinite squared norm so they never win. Every implementation computes each dot product as the same chain of fused
 * multiply-adds in the row's tag order, so they give bit-identical labels and distances.
 */
interface NearestKernel {
    /** Centroid blocks are this wide; enough for 512-bit vectors of doubles. */
    int LANES = 8;

    /**
     * @param blocks centroids, tag-major, zero blocks left out
     * @param cNorms squared norms, length blocks.kp (padding: +infinity)
     */
    void nearest(int[] indptr, int[] indices, float[] data, int from, int to, CentroidBlocks blocks, double[] cNorms,
                 double[] xNorms, int[] labels, double[] dist);

    /** Dot products of one row with every centroid: {@code acc[c]} for c in [0, blocks.kp). */
    void dots(int[] indptr, int[] indices, float[] data, int row, CentroidBlocks blocks, double[] acc);

    String name();

    /** Whether {@link #nearestFloat} is a fast path on this kernel. */
    default boolean hasFloatPath() {
        return false;
    }

    /**
     * As {@link #nearest}, bit-identical labels, from float centroids with an exact double re-check of
     * near ties ({@link FloatCentroids}); {@code ct} is the double tag-major matrix {@code ct[t*k + c]}
     * and {@code cNorms} its squared norms (length k). {@code dist} may be null when not wanted.
     */
    default void nearestFloat(int[] indptr, int[] indices, float[] data, int from, int to, FloatCentroids fc,
                              double[] ct, double[] cNorms, double[] xNorms, int[] labels, double[] dist) {
        throw new UnsupportedOperationException(name() + " has no float path");
    }

    /** Whether this kernel has a register-blocked loop for the dense layout (only worth it with one). */
    default boolean registerBlocksDenseLayout() {
        return false;
    }

    static int padded(int k) {
        return (k + LANES - 1) / LANES * LANES;
    }
}
