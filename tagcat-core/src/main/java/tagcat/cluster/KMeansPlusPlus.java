package tagcat.cluster;

import tagcat.parallel.Workers;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;
import tagcat.linalg.CsrMatrix;

/**
 * Greedy k-means++ seeding as scikit-learn does it (Arthur &amp; Vassilvitskii 2007, "k-means++: the
 * advantages of careful seeding", with the greedy variant's 2 + ln k candidates per centre): each new
 * centre is drawn with probability proportional to the squared distance to the nearest chosen one,
 * {@code 2 + (int) ln k} times, and the draw that lowers the total potential most is kept.
 *
 * <p>Sparse data (tag vectors): a candidate is a post, and only posts sharing a tag with it can get
 * closer, so its potential is computed from the inverted index (the transposed matrix) over those
 * posts alone. Dense data (LSA coordinates): all candidates of a round are scored in one pass, laid
 * out as a block of centroids for the assignment kernel.
 *
 * <p>Given centres (seed categories) are taken first; k-means++ fills the remaining slots.
 */
final class KMeansPlusPlus {
    private KMeansPlusPlus() {
    }

    /**
     * Returns k centroids, tag-major. {@code xt} (the transpose) serves sparse data: there a candidate's
     * distances are computed from the posts sharing one of its tags only.
     */
    static double[] seed(CsrMatrix x, CsrMatrix xt, double[] xNorms, int k, double[][] given, SplittableRandom rng,
                         Engine engine, Workers workers, IntConsumer chosen) {
        NearestKernel kernel = Kernels.forDots(engine);
        boolean dense = x.nnz() > 0.25 * x.rows() * (double) x.cols();
        int n = x.rows();
        int dims = x.cols();
        double[] ct = new double[Math.multiplyExact(k, dims)];
        double[] closest = new double[n];
        int m = given == null ? 0 : given.length;
        int start;
        if (m > 0) {
            for (int c = 0; c < m; c++) {
                for (int t = 0; t < dims; t++) {
                    ct[t * k + c] = given[c][t];
                }
            }
            if (m == k) {
                return ct;
            }
            double[] gt = new double[m * dims];
            for (int c = 0; c < m; c++) {
                for (int t = 0; t < dims; t++) {
                    gt[t * m + c] = given[c][t];
                }
            }
            Assignment.nearest(x, xNorms, gt, m, Assignment.squaredNorms(gt, m, dims), new int[n], closest, engine, workers);
            start = m;
        } else {
            int first = rng.nextInt(n);
            putRow(x, first, ct, k, 0);
            Arrays.fill(closest, Double.POSITIVE_INFINITY);
            lower(x, xNorms, first, closest, kernel, workers);
            start = 1;
        }
        // closest[i] only decreases, so a bound on closest[i] - ||x_i||^2 taken now holds for every round
        double maxExcess = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            maxExcess = Math.max(maxExcess, closest[i] - xNorms[i]);
        }
        int trials = 2 + (int) Math.log(k);
        ConcurrentLinkedQueue<Scratch> scratches = new ConcurrentLinkedQueue<>();
        double[] cumulative = new double[n];
        int[] candidates = new int[trials];
        for (int c = start; c < k; c++) {
            double pot = 0;
            for (int i = 0; i < n; i++) {
                pot += closest[i];
                cumulative[i] = pot;
            }
            for (int t = 0; t < trials; t++) {
                candidates[t] = Math.min(searchLeft(cumulative, rng.nextDouble() * pot), n - 1);
            }
            int best;
            if (dense) {
                best = argmin(potentials(x, xNorms, candidates, closest, kernel, workers));
                lower(x, xNorms, candidates[best], closest, kernel, workers);
            } else {
                double currentPot = pot;
                double excess = maxExcess;
                double[] pots = new double[trials];
                Scratch[] used = new Scratch[trials];
                workers.forEach(trials, t -> {
                    Scratch s = scratches.poll();
                    if (s == null) {
                        s = new Scratch();
                    }
                    pots[t] = potential(x, xt, xNorms, candidates[t], closest, currentPot, excess, s, false);
                    used[t] = s;
                });
                best = argmin(pots);
                if (used[best].closer >= 0) {
                    // the winner's closer posts were kept: no second pass over its co-occurring posts
                    used[best].lower(closest);
                } else {
                    potential(x, xt, xNorms, candidates[best], closest, currentPot, excess, used[best], true);
                }
                scratches.addAll(java.util.Arrays.asList(used));
            }
            putRow(x, candidates[best], ct, k, c);
            chosen.accept(c + 1);
        }
        return ct;
    }

    private static int argmin(double[] v) {
        int best = 0;
        for (int t = 1; t < v.length; t++) {
            if (v[t] < v[best]) {
                best = t;
            }
        }
        return best;
    }

    /**
     * Per-trial buffers: dot products with the candidate, which posts got one, and the posts the
     * candidate would bring closer with their new distances ({@code closer} of them, or -1 when
     * not kept), so the winning trial can be applied without being computed again.
     */
    private static final class Scratch {
        final double[] block = new double[BLOCK];
        double[] dot;
        int[] cursor = new int[64];
        int[] touched = new int[1024];
        int[] closerRows = new int[1024];
        double[] closerDist = new double[1024];
        int closer = -1;

        /** A zeroed dot product per post, for the general case only. */
        double[] all(int n) {
            if (dot == null) {
                dot = new double[n];
            }
            return dot;
        }

        void keep(int row, double d) {
            if (closer == closerRows.length) {
                closerRows = java.util.Arrays.copyOf(closerRows, closer * 2);
                closerDist = java.util.Arrays.copyOf(closerDist, closer * 2);
            }
            closerRows[closer] = row;
            closerDist[closer++] = d;
        }

        void lower(double[] closest) {
            for (int q = 0; q < closer; q++) {
                closest[closerRows[q]] = closerDist[q];
            }
        }
    }

    /**
     * Sum over posts of min(closest distance, distance to post {@code cand}); with {@code update} also
     * lowers {@code closest} in place.
     *
     * <p>A post sharing no tag with the candidate is at ||x||^2 + ||c||^2 from it. When no post's
     * closest distance exceeds ||x||^2 + ||c||^2 ({@code maxExcess <= ||c||^2}: always so for unit rows
     * of non-negative weights), those posts keep their distance and only the posts reached through the
     * candidate's tags need visiting: the cost is the candidate's co-occurrence, not the corpus size.
     * Those visits go block by block of {@link #BLOCK} posts (each tag's post list is sorted, so one
     * cursor per tag walks it once), so the dot products being summed stay in the core's cache.
     */
    private static double potential(CsrMatrix x, CsrMatrix xt, double[] xNorms, int cand, double[] closest,
                                    double currentPot, double maxExcess, Scratch s, boolean update) {
        double cNorm = xNorms[cand];
        s.closer = -1;
        if (maxExcess > cNorm) {
            return potentialOverAll(x, xt, xNorms, cand, closest, s, update);
        }
        int[] indptr = x.indptr();
        int[] tIndptr = xt.indptr();
        int[] tIndices = xt.indices();
        float[] tData = xt.data();
        int from = indptr[cand];
        int m = indptr[cand + 1] - from;
        if (s.cursor.length < m) {
            s.cursor = new int[m];
        }
        int[] cursor = s.cursor;
        for (int j = 0; j < m; j++) {
            cursor[j] = tIndptr[x.indices()[from + j]];
        }
        double[] dot = s.block;
        int n = closest.length;
        double delta = 0;
        s.closer = 0;
        for (int base = 0; base < n; base += BLOCK) {
            int limit = Math.min(n, base + BLOCK);
            int touched = 0;
            for (int j = 0; j < m; j++) {
                double w = x.data()[from + j];
                int q = cursor[j];
                int end = tIndptr[x.indices()[from + j] + 1];
                for (; q < end && tIndices[q] < limit; q++) {
                    int i = tIndices[q] - base;
                    if (dot[i] == 0) {
                        if (touched == s.touched.length) {
                            s.touched = java.util.Arrays.copyOf(s.touched, touched * 2);
                        }
                        s.touched[touched++] = i;
                    }
                    dot[i] += w * tData[q];
                }
                cursor[j] = q;
            }
            int[] list = s.touched;
            for (int q = 0; q < touched; q++) {
                int b = list[q];
                int i = base + b;
                double d = Math.max(0, xNorms[i] + cNorm - 2 * dot[b]);
                dot[b] = 0;
                if (d < closest[i]) {
                    delta += d - closest[i];
                    s.keep(i, d);
                    if (update) {
                        closest[i] = d;
                    }
                }
            }
        }
        return currentPot + delta;
    }

    /** Posts per block of {@link #potential}: 256 KiB of dot products, well inside a core's L2. */
    static final int BLOCK = 1 << 15;

    /** The general case of {@link #potential}: every post's distance is compared. */
    private static double potentialOverAll(CsrMatrix x, CsrMatrix xt, double[] xNorms, int cand, double[] closest,
                                           Scratch s, boolean update) {
        int[] tIndptr = xt.indptr();
        int[] tIndices = xt.indices();
        float[] tData = xt.data();
        double[] dot = s.all(closest.length);
        for (int j = x.indptr()[cand]; j < x.indptr()[cand + 1]; j++) {
            double w = x.data()[j];
            int t = x.indices()[j];
            for (int q = tIndptr[t]; q < tIndptr[t + 1]; q++) {
                dot[tIndices[q]] += w * tData[q];
            }
        }
        double cNorm = xNorms[cand];
        double pot = 0;
        for (int i = 0; i < closest.length; i++) {
            double d = Math.max(0, xNorms[i] + cNorm - 2 * dot[i]);
            dot[i] = 0;
            double v = Math.min(closest[i], d);
            if (update) {
                closest[i] = v;
            }
            pot += v;
        }
        return pot;
    }

    /** For each candidate post: sum over posts of min(closest distance, distance to the candidate). */
    private static double[] potentials(CsrMatrix x, double[] xNorms, int[] candidates, double[] closest,
                                       NearestKernel kernel, Workers workers) {
        int trials = candidates.length;
        CentroidBlocks blocks = rowsAsCentroids(x, candidates);
        int n = x.rows();
        int tasks = Workers.tasksFor(n, Assignment.ROWS_PER_TASK);
        double[][] partial = new double[tasks][trials];
        workers.forEach(tasks, task -> {
            double[] acc = new double[blocks.kp];
            double[] sums = partial[task];
            for (int i = task * Assignment.ROWS_PER_TASK, end = Math.min(n, i + Assignment.ROWS_PER_TASK); i < end; i++) {
                kernel.dots(x.indptr(), x.indices(), x.data(), i, blocks, acc);
                for (int t = 0; t < trials; t++) {
                    double d = Math.max(0, xNorms[i] + xNorms[candidates[t]] - 2 * acc[t]);
                    sums[t] += Math.min(closest[i], d);
                }
            }
        });
        double[] pots = new double[trials];
        for (double[] p : partial) {
            for (int t = 0; t < trials; t++) {
                pots[t] += p[t];
            }
        }
        return pots;
    }

    /** closest[i] = min(closest[i], distance from post i to post {@code chosen}). */
    private static void lower(CsrMatrix x, double[] xNorms, int chosen, double[] closest, NearestKernel kernel,
                              Workers workers) {
        CentroidBlocks blocks = rowsAsCentroids(x, new int[] {chosen});
        int n = x.rows();
        workers.forEach(Workers.tasksFor(n, Assignment.ROWS_PER_TASK), task -> {
            double[] acc = new double[blocks.kp];
            for (int i = task * Assignment.ROWS_PER_TASK, end = Math.min(n, i + Assignment.ROWS_PER_TASK); i < end; i++) {
                kernel.dots(x.indptr(), x.indices(), x.data(), i, blocks, acc);
                double d = Math.max(0, xNorms[i] + xNorms[chosen] - 2 * acc[0]);
                closest[i] = Math.min(closest[i], d);
            }
        });
    }

    /** The given posts as centroids, in kernel layout. */
    private static CentroidBlocks rowsAsCentroids(CsrMatrix x, int[] rows) {
        int k = rows.length;
        double[] ct = new double[Math.multiplyExact(k, x.cols())];
        for (int c = 0; c < k; c++) {
            putRow(x, rows[c], ct, k, c);
        }
        return CentroidBlocks.of(ct, k, x.cols());
    }

    private static void putRow(CsrMatrix x, int row, double[] ct, int k, int c) {
        for (int j = x.indptr()[row]; j < x.indptr()[row + 1]; j++) {
            ct[x.indices()[j] * k + c] = x.data()[j];
        }
    }

    /** numpy.searchsorted(a, v, side='left'): first index i with a[i] >= v. */
    static int searchLeft(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
