package tagcat.cluster;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The same computation as {@link ScalarNearestKernel} on the Vector API: one 8-lane fused
 * multiply-add per non-zero per block of 8 centroids, and a lane-wise running minimum. Loaded only
 * when the JVM runs with {@code --add-modules jdk.incubator.vector} (the ./tagcat launcher does).
 */
final class VectorNearestKernel implements NearestKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_512;

    VectorNearestKernel() {
        if (S.length() != LANES) {
            throw new LinkageError("unexpected species length " + S.length());
        }
    }

    @Override
    public void nearest(int[] indptr, int[] indices, float[] data, int from, int to, CentroidBlocks blocks,
                        double[] cNorms, double[] xNorms, int[] labels, double[] dist) {
        int kp = blocks.kp;
        DoubleVector minusTwo = DoubleVector.broadcast(S, -2);
        double[] acc = new double[kp];
        for (int i = from; i < to; i++) {
            dots(indptr, indices, data, i, blocks, acc);
            // distances into acc, the lane-wise minimum alongside; then the first centroid at the minimum
            DoubleVector minD = DoubleVector.broadcast(S, Double.POSITIVE_INFINITY);
            for (int c = 0; c < kp; c += LANES) {
                DoubleVector d = DoubleVector.fromArray(S, acc, c).fma(minusTwo, DoubleVector.fromArray(S, cNorms, c));
                d.intoArray(acc, c);
                minD = minD.min(d);
            }
            double min = minD.reduceLanes(VectorOperators.MIN);
            int best = 0;
            while (acc[best] != min) {
                best++;
            }
            labels[i] = best;
            dist[i] = Math.max(0, xNorms[i] + min);
        }
    }

    /** k accumulators in L1; each non-zero adds its tag's stored (non-zero) centroid blocks. */
    @Override
    public void dots(int[] indptr, int[] indices, float[] data, int row, CentroidBlocks blocks, double[] acc) {
        if (blocks.dense) {
            denseDots(indptr, indices, data, row, blocks, acc);
            return;
        }
        int[] start = blocks.start;
        int[] block = blocks.block;
        double[] w = blocks.weights;
        java.util.Arrays.fill(acc, 0, blocks.kp, 0);
        for (int j = indptr[row]; j < indptr[row + 1]; j++) {
            DoubleVector v = DoubleVector.broadcast(S, data[j]);
            int t = indices[j];
            for (int s = start[t]; s < start[t + 1]; s++) {
                int c = block[s] * LANES;
                DoubleVector.fromArray(S, w, s * LANES).fma(v, DoubleVector.fromArray(S, acc, c)).intoArray(acc, c);
            }
        }
    }

    /**
     * All blocks stored: four blocks of accumulators (then one) stay in registers while the row streams by, so
     * there are no accumulator loads and stores per non-zero. Same multiply-adds in the same order.
     */
    private static void denseDots(int[] indptr, int[] indices, float[] data, int row, CentroidBlocks blocks, double[] acc) {
        int nb = blocks.kp / LANES;
        double[] w = blocks.weights;
        int from = indptr[row];
        int to = indptr[row + 1];
        int b = 0;
        for (; b + 4 <= nb; b += 4) {
            DoubleVector a0 = DoubleVector.zero(S);
            DoubleVector a1 = DoubleVector.zero(S);
            DoubleVector a2 = DoubleVector.zero(S);
            DoubleVector a3 = DoubleVector.zero(S);
            for (int j = from; j < to; j++) {
                DoubleVector v = DoubleVector.broadcast(S, data[j]);
                int q = (indices[j] * nb + b) * LANES;
                a0 = DoubleVector.fromArray(S, w, q).fma(v, a0);
                a1 = DoubleVector.fromArray(S, w, q + LANES).fma(v, a1);
                a2 = DoubleVector.fromArray(S, w, q + 2 * LANES).fma(v, a2);
                a3 = DoubleVector.fromArray(S, w, q + 3 * LANES).fma(v, a3);
            }
            a0.intoArray(acc, b * LANES);
            a1.intoArray(acc, (b + 1) * LANES);
            a2.intoArray(acc, (b + 2) * LANES);
            a3.intoArray(acc, (b + 3) * LANES);
        }
        for (; b < nb; b++) {
            DoubleVector a0 = DoubleVector.zero(S);
            for (int j = from; j < to; j++) {
                a0 = DoubleVector.fromArray(S, w, (indices[j] * nb + b) * LANES).fma(DoubleVector.broadcast(S, data[j]), a0);
            }
            a0.intoArray(acc, b * LANES);
        }
    }

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    @Override
    public boolean hasFloatPath() {
        return FloatCentroids.LANES % F.length() == 0;
    }

    /**
     * Float dot products with up to eight vectors of accumulators in registers while the row streams
     * by (groups of 8, 4, 2, 1 vectors: no accumulator loads or stores per non-zero), then float
     * distances, their minimum, and the first centroid at it; near ties are settled exactly by
     * {@link FloatCentroids#settle}.
     */
    @Override
    public void nearestFloat(int[] indptr, int[] indices, float[] data, int from, int to, FloatCentroids fc,
                             double[] ct, double[] cNorms, double[] xNorms, int[] labels, double[] dist) {
        int kp = fc.kp;
        int lanes = F.length();
        float[] norms = fc.norms;
        float[] acc = new float[kp];
        FloatVector minusTwo = FloatVector.broadcast(F, -2f);
        for (int i = from; i < to; i++) {
            if (fc.start == null) {
                floatDots(indptr[i], indptr[i + 1], indices, data, fc.weights, kp, acc);
            } else {
                sparseFloatDots(indptr[i], indptr[i + 1], indices, data, fc, acc);
            }
            FloatVector minD = FloatVector.broadcast(F, Float.POSITIVE_INFINITY);
            for (int c = 0; c < kp; c += lanes) {
                FloatVector d = FloatVector.fromArray(F, acc, c).fma(minusTwo, FloatVector.fromArray(F, norms, c));
                d.intoArray(acc, c);
                minD = minD.min(d);
            }
            float min = minD.reduceLanes(VectorOperators.MIN);
            float threshold = FloatCentroids.threshold(min, indptr[i + 1] - indptr[i], xNorms[i], fc.maxNorm);
            int candidates = 0;
            int best = -1;
            for (int c = 0; c < kp; c += lanes) {
                FloatVector d = FloatVector.fromArray(F, acc, c);
                candidates += d.compare(VectorOperators.LE, threshold).trueCount();
                if (best < 0) {
                    VectorMask<Float> atMin = d.compare(VectorOperators.EQ, min);
                    if (atMin.anyTrue()) {
                        best = c + atMin.firstTrue();
                    }
                }
            }
            fc.settle(indptr, indices, data, i, acc, best, candidates, threshold, ct, cNorms, xNorms, labels, dist);
        }
    }

    /** As {@link #floatDots} for the sparse layout: accumulators in L1, only the stored blocks added. */
    private static void sparseFloatDots(int a, int b, int[] indices, float[] data, FloatCentroids fc, float[] acc) {
        java.util.Arrays.fill(acc, 0, fc.kp, 0f);
        int lanes = F.length();
        int[] start = fc.start;
        int[] block = fc.block;
        float[] w = fc.weights;
        for (int j = a; j < b; j++) {
            FloatVector v = FloatVector.broadcast(F, data[j]);
            int t = indices[j];
            for (int s = start[t]; s < start[t + 1]; s++) {
                int c = block[s] * FloatCentroids.LANES;
                int q = s * FloatCentroids.LANES;
                for (int l = 0; l < FloatCentroids.LANES; l += lanes) {
                    FloatVector.fromArray(F, w, q + l).fma(v, FloatVector.fromArray(F, acc, c + l)).intoArray(acc, c + l);
                }
            }
        }
    }

    /** acc[0..kp) = float dot products of non-zeros [a, b) with every centroid. */
    private static void floatDots(int a, int b, int[] indices, float[] data, float[] w, int kp, float[] acc) {
        int lanes = F.length();
        int nv = kp / lanes;
        int g = 0;
        for (; g + 8 <= nv; g += 8) {
            FloatVector a0 = FloatVector.zero(F);
            FloatVector a1 = a0;
            FloatVector a2 = a0;
            FloatVector a3 = a0;
            FloatVector a4 = a0;
            FloatVector a5 = a0;
            FloatVector a6 = a0;
            FloatVector a7 = a0;
            int off = g * lanes;
            for (int j = a; j < b; j++) {
                FloatVector v = FloatVector.broadcast(F, data[j]);
                int q = indices[j] * kp + off;
                a0 = FloatVector.fromArray(F, w, q).fma(v, a0);
                a1 = FloatVector.fromArray(F, w, q + lanes).fma(v, a1);
                a2 = FloatVector.fromArray(F, w, q + 2 * lanes).fma(v, a2);
                a3 = FloatVector.fromArray(F, w, q + 3 * lanes).fma(v, a3);
                a4 = FloatVector.fromArray(F, w, q + 4 * lanes).fma(v, a4);
                a5 = FloatVector.fromArray(F, w, q + 5 * lanes).fma(v, a5);
                a6 = FloatVector.fromArray(F, w, q + 6 * lanes).fma(v, a6);
                a7 = FloatVector.fromArray(F, w, q + 7 * lanes).fma(v, a7);
            }
            a0.intoArray(acc, off);
            a1.intoArray(acc, off + lanes);
            a2.intoArray(acc, off + 2 * lanes);
            a3.intoArray(acc, off + 3 * lanes);
            a4.intoArray(acc, off + 4 * lanes);
            a5.intoArray(acc, off + 5 * lanes);
            a6.intoArray(acc, off + 6 * lanes);
            a7.intoArray(acc, off + 7 * lanes);
        }
        if (g + 4 <= nv) {
            FloatVector a0 = FloatVector.zero(F);
            FloatVector a1 = a0;
            FloatVector a2 = a0;
            FloatVector a3 = a0;
            int off = g * lanes;
            for (int j = a; j < b; j++) {
                FloatVector v = FloatVector.broadcast(F, data[j]);
                int q = indices[j] * kp + off;
                a0 = FloatVector.fromArray(F, w, q).fma(v, a0);
                a1 = FloatVector.fromArray(F, w, q + lanes).fma(v, a1);
                a2 = FloatVector.fromArray(F, w, q + 2 * lanes).fma(v, a2);
                a3 = FloatVector.fromArray(F, w, q + 3 * lanes).fma(v, a3);
            }
            a0.intoArray(acc, off);
            a1.intoArray(acc, off + lanes);
            a2.intoArray(acc, off + 2 * lanes);
            a3.intoArray(acc, off + 3 * lanes);
            g += 4;
        }
        // two accumulators per vector from here on, even and odd non-zeros, so that the fused multiply-adds
        // of a long (dense, LSA) row do not wait on each other's latency; any order keeps the float bound
        if (g + 2 <= nv) {
            FloatVector a0 = FloatVector.zero(F);
            FloatVector a1 = a0;
            FloatVector b0 = a0;
            FloatVector b1 = a0;
            int off = g * lanes;
            int j = a;
            for (; j + 1 < b; j += 2) {
                FloatVector v = FloatVector.broadcast(F, data[j]);
                FloatVector u = FloatVector.broadcast(F, data[j + 1]);
                int q = indices[j] * kp + off;
                int r = indices[j + 1] * kp + off;
                a0 = FloatVector.fromArray(F, w, q).fma(v, a0);
                a1 = FloatVector.fromArray(F, w, q + lanes).fma(v, a1);
                b0 = FloatVector.fromArray(F, w, r).fma(u, b0);
                b1 = FloatVector.fromArray(F, w, r + lanes).fma(u, b1);
            }
            if (j < b) {
                FloatVector v = FloatVector.broadcast(F, data[j]);
                int q = indices[j] * kp + off;
                a0 = FloatVector.fromArray(F, w, q).fma(v, a0);
                a1 = FloatVector.fromArray(F, w, q + lanes).fma(v, a1);
            }
            a0.add(b0).intoArray(acc, off);
            a1.add(b1).intoArray(acc, off + lanes);
            g += 2;
        }
        if (g < nv) {
            FloatVector a0 = FloatVector.zero(F);
            FloatVector b0 = a0;
            int off = g * lanes;
            int j = a;
            for (; j + 1 < b; j += 2) {
                a0 = FloatVector.fromArray(F, w, indices[j] * kp + off).fma(FloatVector.broadcast(F, data[j]), a0);
                b0 = FloatVector.fromArray(F, w, indices[j + 1] * kp + off).fma(FloatVector.broadcast(F, data[j + 1]), b0);
            }
            if (j < b) {
                a0 = FloatVector.fromArray(F, w, indices[j] * kp + off).fma(FloatVector.broadcast(F, data[j]), a0);
            }
            a0.add(b0).intoArray(acc, off);
        }
    }

    @Override
    public boolean registerBlocksDenseLayout() {
        return true;
    }

    @Override
    public String name() {
        return "vector";
    }
}
