package tagcat.eval;

import tagcat.linalg.Sampling;

import java.util.Arrays;
import tagcat.linalg.CsrMatrix;

/**
 * The silhouette coefficient (Rousseeuw 1987) on a fixed random sample of rows, as scikit-learn's
 * {@code silhouette_score(X, labels, metric='euclidean', sample_size=s, random_state=seed)}: the score of
 * each sampled row i is {@code (b - a) / max(a, b)}, with a its mean distance to the other sampled rows of
 * its cluster and b the smallest mean distance to the sampled rows of another cluster; 0 for a row alone
 * in its cluster within the sample. The result is the mean over the sample, in [-1, 1], higher is better.
 *
 * <p><b>Metric:</b> plain Euclidean distance between the rows as given, i.e. between the L2-normalized
 * TF-IDF vectors, so {@code |x - y|² = 2 - 2 cos(x, y)}: the distance k-means minimizes.
 *
 * <p>The exact score costs O(n²) distances; a sample of a few thousand rows costs seconds and its standard
 * error is about 0.01. The pairwise distances of the sample are computed once ({@code 4 s²} bytes) and
 * reused for every labelling, so comparing many k on the same sample is cheap and the comparison is paired:
 * the same rows are scored for every k.
 */
public final class Silhouette {
    /** Largest sample: its distance matrix takes 4 s² bytes, 400 MB at this size. */
    public static final int MAX_SAMPLE = 10_000;
    private final int[] rows;
    private final float[] distances;

    private Silhouette(int[] rows, float[] distances) {
        this.rows = rows;
        this.distances = distances;
    }

    /** Sample {@code size} rows of {@code x} without replacement (all rows when there are fewer), seeded. */
    public static Silhouette sample(CsrMatrix x, int size, long seed) {
        if (size < 2) {
            throw new IllegalArgumentException("silhouette sample size must be >= 2, got " + size);
        }
        if (size > MAX_SAMPLE) {
            throw new IllegalArgumentException("silhouette sample size must be <= " + MAX_SAMPLE
                    + " (its distances take 4 s² bytes), got " + size);
        }
        int n = x.rows();
        int[] rows = Sampling.rows(n, size, seed);
        return new Silhouette(rows, pairwise(x, rows));
    }

    /** The sampled rows, ascending. */
    public int[] rows() {
        return rows.clone();
    }

    public int size() {
        return rows.length;
    }

    /** Euclidean distance between sampled rows a and b (positions in {@link #rows()}). */
    public double distance(int a, int b) {
        return distances[a * rows.length + b];
    }

    /**
     * The mean silhouette of a labelling on this sample, and its standard error.
     *
     * @param mean          mean over the sampled rows, in [-1, 1]; NaN when the sample holds fewer than 2
     *                      clusters or every sampled row is its own cluster (the coefficient is then undefined)
     * @param standardError standard deviation of the per-row values over the square root of the sample size:
     *                      the sampling error of {@code mean} (NaN with the mean)
     * @param rows          rows in the sample
     */
    public record Score(double mean, double standardError, int rows) {
    }

    /** Mean silhouette of {@code labels} (the cluster of every row of the sampled matrix); see {@link #evaluate}. */
    public double score(int[] labels) {
        return evaluate(labels).mean();
    }

    /** @param labels cluster of every row of the matrix the sample was drawn from */
    public Score evaluate(int[] labels) {
        int s = rows.length;
        int k = 0;
        for (int r : rows) {
            if (labels[r] < 0) {
                throw new IllegalArgumentException("label of row " + r + " is " + labels[r] + "; labels must be >= 0");
            }
            k = Math.max(k, labels[r] + 1);
        }
        int[] lab = new int[s];
        int[] count = new int[k];
        for (int i = 0; i < s; i++) {
            lab[i] = labels[rows[i]];
            count[lab[i]]++;
        }
        int present = 0;
        for (int c : count) {
            if (c > 0) {
                present++;
            }
        }
        if (present < 2 || present >= s) {
            return new Score(Double.NaN, Double.NaN, s);
        }
        double[] sums = new double[k];
        double total = 0;
        double totalSq = 0;
        for (int i = 0; i < s; i++) {
            int own = lab[i];
            if (count[own] < 2) {
                continue; // alone in its cluster within the sample: 0 by definition
            }
            Arrays.fill(sums, 0);
            int base = i * s;
            for (int j = 0; j < s; j++) {
                sums[lab[j]] += distances[base + j];
            }
            double a = sums[own] / (count[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && count[c] > 0) {
                    b = Math.min(b, sums[c] / count[c]);
                }
            }
            double m = Math.max(a, b);
            double v = m > 0 ? (b - a) / m : 0;
            total += v;
            totalSq += v * v;
        }
        double mean = total / s;
        double variance = Math.max(0, totalSq / s - mean * mean);
        return new Score(mean, Math.sqrt(variance / s), s);
    }

    /** Sample {@code size} rows and score {@code labels} on them: a one-off {@link #sample} + {@link #score}. */
    public static double score(CsrMatrix x, int[] labels, int size, long seed) {
        return sample(x, size, seed).score(labels);
    }

    /** All pairwise distances of the sampled rows, s x s, by sparse dot products through an inverted index. */
    private static float[] pairwise(CsrMatrix x, int[] rows) {
        int s = rows.length;
        int[] indptr = x.indptr();
        int[] indices = x.indices();
        float[] data = x.data();
        // inverted index over the sample: tag -> (sample position, value), positions ascending
        int[] start = new int[x.cols() + 1];
        for (int r : rows) {
            for (int j = indptr[r]; j < indptr[r + 1]; j++) {
                start[indices[j] + 1]++;
            }
        }
        for (int t = 0; t < x.cols(); t++) {
            start[t + 1] += start[t];
        }
        int[] next = Arrays.copyOf(start, x.cols());
        int[] pos = new int[start[x.cols()]];
        float[] val = new float[pos.length];
        double[] norms = new double[s];
        for (int i = 0; i < s; i++) {
            int r = rows[i];
            for (int j = indptr[r]; j < indptr[r + 1]; j++) {
                int q = next[indices[j]]++;
                pos[q] = i;
                val[q] = data[j];
                norms[i] += (double) data[j] * data[j];
            }
        }
        float[] out = new float[s * s];
        double[] dot = new double[s];
        for (int i = 0; i < s; i++) {
            Arrays.fill(dot, 0);
            int r = rows[i];
            for (int j = indptr[r]; j < indptr[r + 1]; j++) {
                int t = indices[j];
                double v = data[j];
                for (int q = start[t]; q < start[t + 1]; q++) {
                    dot[pos[q]] += v * val[q];
                }
            }
            for (int b = 0; b < s; b++) {
                out[i * s + b] = b == i ? 0f : (float) Math.sqrt(Math.max(0, norms[i] + norms[b] - 2 * dot[b]));
            }
        }
        // exact symmetry, so a row's score never depends on which triangle it was read from
        for (int i = 0; i < s; i++) {
            for (int b = i + 1; b < s; b++) {
                out[b * s + i] = out[i * s + b];
            }
        }
        return out;
    }
}
