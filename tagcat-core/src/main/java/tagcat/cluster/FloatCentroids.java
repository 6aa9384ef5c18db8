package tagcat.cluster;

/**
 * Tag-major centroids rounded to float, for the assignment kernel's fast first pass: half the memory
 * traffic of doubles and twice the lanes per instruction. Every tag row is stored whole and padded to
 * {@link #LANES} (padding centroids have weight 0 and norm +infinity, so they never win).
 *
 * <p>Why float is safe: {@link #tieBound} bounds how far a float distance can be from the exact
 * double one, and the kernel recomputes in double (the same multiply-adds, in the same order, as
 * the double kernels) every centroid whose float distance is within twice that bound of the
 * minimum. So labels are bit-identical to the double kernels', only much cheaper when, as almost
 * always, one centroid is clearly nearest.
 */
final class FloatCentroids {
    /** Tag rows are padded to a multiple of this; enough for 512-bit vectors of floats. */
    static final int LANES = 16;

    /** {@code weights[t * kp + c]}. */
    final float[] weights;
    /** Squared norms rounded to float, length kp (padding: +infinity). */
    final float[] norms;
    /** k rounded up to whole {@link #LANES}. */
    final int kp;
    final int k;
    /** The largest centroid norm (not squared), rounded up a little. */
    final double maxNorm;

    private FloatCentroids(float[] weights, float[] norms, int kp, int k, double maxNorm) {
        this.weights = weights;
        this.norms = norms;
        this.kp = kp;
        this.k = k;
        this.maxNorm = maxNorm;
    }

    /** From tag-major double centroids {@code ct[t*k + c]} and their squared norms. */
    static FloatCentroids of(double[] ct, int k, int dims, double[] cNorms, Workers workers) {
        return of(ct, k, dims, cNorms, workers, null);
    }

    /** As above, writing into {@code reuse} when it has the right length (every slot is overwritten). */
    static FloatCentroids of(double[] ct, int k, int dims, double[] cNorms, Workers workers, float[] reuse) {
        int kp = (k + LANES - 1) / LANES * LANES;
        int length = Math.multiplyExact(dims, kp);
        float[] w = reuse != null && reuse.length == length ? reuse : new float[length];
        int tasks = Workers.tasksFor(dims, Assignment.TAGS_PER_TASK);
        java.util.function.IntConsumer copy = task -> {
            for (int t = task * Assignment.TAGS_PER_TASK, end = Math.min(dims, t + Assignment.TAGS_PER_TASK); t < end; t++) {
                int src = t * k;
                int dst = t * kp;
                for (int c = 0; c < k; c++) {
                    w[dst + c] = (float) ct[src + c];
                }
                for (int c = k; c < kp; c++) {
                    w[dst + c] = 0;
                }
            }
        };
        if (workers == null) {
            for (int task = 0; task < tasks; task++) {
                copy.accept(task);
            }
        } else {
            workers.forEach(tasks, copy);
        }
        float[] norms = new float[kp];
        double max = 0;
        for (int c = 0; c < kp; c++) {
            norms[c] = c < k ? (float) cNorms[c] : Float.POSITIVE_INFINITY;
            if (c < k) {
                max = Math.max(max, cNorms[c]);
            }
        }
        return new FloatCentroids(w, norms, kp, k, Math.sqrt(max) * (1 + 1e-6));
    }

    /**
     * A bound on |float distance - exact distance| for a row with {@code nnz} non-zeros and squared norm
     * {@code xNorm}, with u = 2^-24 the float rounding unit. The float dot product of n terms is off by at
     * most (n + 2) u S, S = sum |x_j c_j| <= ||x|| ||c|| (rounding the weights, then n fused
     * multiply-adds); forming ||c||^2 - 2 x.c adds 2u(||c||^2 + S). Doubled for slack.
     */
    static double tieBound(int nnz, double xNorm, double maxNorm) {
        double s = Math.sqrt(xNorm) * maxNorm;
        return 2 * 0x1p-24 * ((2.0 * nnz + 8) * s + 4 * maxNorm * maxNorm) + 1e-30;
    }

    /**
     * The exact double distance term ||c||^2 - 2 x.c of row {@code row} to centroid {@code c}, computed
     * as the double kernels do: one fused multiply-add per non-zero in row order, then one more.
     */
    static double exact(int[] indptr, int[] indices, float[] data, int row, double[] ct, int k, int c, double cNorm) {
        double acc = 0;
        for (int j = indptr[row]; j < indptr[row + 1]; j++) {
            acc = Math.fma(data[j], ct[indices[j] * k + c], acc);
        }
        return Math.fma(acc, -2, cNorm);
    }

    /**
     * Settles a row from its float distances {@code d} (length kp): when {@code first}, the first
     * centroid at the minimum, is the only candidate within {@code threshold} it wins outright,
     * otherwise the candidates are compared exactly (lower id on ties). Writes the label and, when
     * {@code dist} is not null, the exact squared distance.
     */
    void settle(int[] indptr, int[] indices, float[] data, int row, float[] d, int first, int candidates,
                float threshold, double[] ct, double[] cNorms, double[] xNorms, int[] labels, double[] dist) {
        if (candidates == 1) {
            labels[row] = first;
            if (dist != null) {
                dist[row] = Math.max(0, xNorms[row] + exact(indptr, indices, data, row, ct, k, first, cNorms[first]));
            }
            return;
        }
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            if (d[c] <= threshold) {
                double e = exact(indptr, indices, data, row, ct, k, c, cNorms[c]);
                if (best < 0 || e < bestD) {
                    best = c;
                    bestD = e;
                }
            }
        }
        labels[row] = best;
        if (dist != null) {
            dist[row] = Math.max(0, xNorms[row] + bestD);
        }
    }

    /** The float threshold for candidates: min + 2 * bound, rounded up. */
    static float threshold(float min, int nnz, double xNorm, double maxNorm) {
        return Math.nextUp((float) (min + 2 * tieBound(nnz, xNorm, maxNorm)));
    }
}
