package tagcat.cluster;

import tagcat.parallel.Workers;

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

    /**
     * Dense layout ({@code start == null}): {@code weights[t * kp + c]}. Sparse layout: tag t's non-zero
     * blocks of {@link #LANES} centroids are slots {@code [start[t], start[t+1])}, slot s holding block
     * {@code block[s]} at {@code weights[s * LANES ..]}.
     */
    final float[] weights;
    final int[] start;
    final int[] block;
    /** Squared norms rounded to float, length kp (padding: +infinity). */
    final float[] norms;
    /** k rounded up to whole {@link #LANES}. */
    final int kp;
    final int k;
    /** The largest centroid norm (not squared), rounded up a little. */
    final double maxNorm;

    private FloatCentroids(float[] weights, int[] start, int[] block, float[] norms, int kp, int k, double maxNorm) {
        this.weights = weights;
        this.start = start;
        this.block = block;
        this.norms = norms;
        this.kp = kp;
        this.k = k;
        this.maxNorm = maxNorm;
    }

    /** From tag-major double centroids {@code ct[t*k + c]} and their squared norms; dense layout. */
    static FloatCentroids of(double[] ct, int k, int dims, double[] cNorms, Workers workers) {
        return of(ct, k, dims, cNorms, workers, null, null);
    }

    /**
     * As above; with {@code tagCounts} (occurrences of each tag) the layout turns sparse, all-zero blocks
     * left out, when most occurrences would read mostly zero blocks: a large vocabulary whose rare tags
     * live in few categories (10M generated posts, k = 200: 66 MB of dense weights, far beyond the
     * caches). Writes into {@code reuse} when it is long enough.
     */
    static FloatCentroids of(double[] ct, int k, int dims, double[] cNorms, Workers workers, float[] reuse,
                             int[] tagCounts) {
        int kp = (k + LANES - 1) / LANES * LANES;
        int blocksPerTag = kp / LANES;
        int tasks = Workers.tasksFor(dims, Assignment.TAGS_PER_TASK);
        int[] start = null;
        int[] block = null;
        long slots = (long) dims * blocksPerTag;
        if (tagCounts != null) {
            int[] stored = new int[dims];
            long[] read = new long[tasks];
            Workers.forEach(workers, tasks, task -> {
                long r = 0;
                for (int t = task * Assignment.TAGS_PER_TASK, end = Math.min(dims, t + Assignment.TAGS_PER_TASK); t < end; t++) {
                    int base = t * k;
                    int nb = 0;
                    for (int b = 0; b < blocksPerTag; b++) {
                        if (CentroidBlocks.nonZero(ct, base, b * LANES, Math.min(k, (b + 1) * LANES))) {
                            nb++;
                        }
                    }
                    stored[t] = nb;
                    r += (long) tagCounts[t] * nb;
                }
                read[task] = r;
            });
            long all = 0;
            long readTotal = 0;
            for (int t = 0; t < dims; t++) {
                all += (long) tagCounts[t] * blocksPerTag;
            }
            for (long r : read) {
                readTotal += r;
            }
            if (readTotal <= DENSE_SHARE * all) {
                start = new int[dims + 1];
                for (int t = 0; t < dims; t++) {
                    start[t + 1] = start[t] + stored[t];
                }
                slots = start[dims];
                block = new int[start[dims]];
            }
        }
        long length = slots * LANES;
        float[] w = reuse != null && reuse.length >= length ? reuse : new float[Math.toIntExact(length)];
        int[] starts = start;
        int[] blocks = block;
        Workers.forEach(workers, tasks, task -> {
            for (int t = task * Assignment.TAGS_PER_TASK, end = Math.min(dims, t + Assignment.TAGS_PER_TASK); t < end; t++) {
                int src = t * k;
                if (starts == null) {
                    int dst = t * kp;
                    for (int c = 0; c < k; c++) {
                        w[dst + c] = (float) ct[src + c];
                    }
                    for (int c = k; c < kp; c++) {
                        w[dst + c] = 0;
                    }
                    continue;
                }
                int slot = starts[t];
                for (int b = 0; b < blocksPerTag; b++) {
                    int from = b * LANES;
                    if (CentroidBlocks.nonZero(ct, src, from, Math.min(k, from + LANES))) {
                        blocks[slot] = b;
                        int dst = slot * LANES;
                        for (int c = from; c < from + LANES; c++) {
                            w[dst + c - from] = c < k ? (float) ct[src + c] : 0;
                        }
                        slot++;
                    }
                }
            }
        });
        float[] norms = new float[kp];
        double max = 0;
        for (int c = 0; c < kp; c++) {
            norms[c] = c < k ? (float) cNorms[c] : Float.POSITIVE_INFINITY;
            if (c < k) {
                max = Math.max(max, cNorms[c]);
            }
        }
        return new FloatCentroids(w, start, block, norms, kp, k, Math.sqrt(max) * (1 + 1e-6));
    }

    /** Occurrence-weighted share of blocks read above which the dense layout is kept (as {@link CentroidBlocks}). */
    static final double DENSE_SHARE = CentroidBlocks.DENSE_SHARE;


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
