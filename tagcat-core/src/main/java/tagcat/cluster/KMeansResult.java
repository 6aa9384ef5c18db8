package tagcat.cluster;

import java.util.Arrays;

/**
 * The outcome of a k-means fit: centroids, the label of every row, and how it got there.
 *
 * @param labels     cluster of each row, in row order (the accessor hands out a copy; {@link #label} reads one)
 * @param sizes      rows per cluster (a copy, as labels)
 * @param inertia    sum of squared distances of rows to their cluster's centroid
 * @param iterations Lloyd iterations (mini-batch: batches) of the winning run
 * @param converged  whether the winning run stopped by tolerance or fixed point before max-iter
 * @param run        which of the n-init runs won (0-based)
 * @param initSeconds seconds spent in k-means++ seeding of the winning run (wall clock, informative)
 * @param fitSeconds  seconds of the whole fit, all runs (wall clock, informative)
 */
public record KMeansResult(Centroids centroids, int[] labels, int[] sizes, double inertia, int iterations,
                           boolean converged, int run, double initSeconds, double fitSeconds) {
    public int k() {
        return centroids.k();
    }

    /** A copy of every row's cluster. */
    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** A copy of the rows per cluster. */
    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    public int label(int row) {
        return labels[row];
    }

    public int size(int cluster) {
        return sizes[cluster];
    }

    public int rows() {
        return labels.length;
    }

    @Override
    public String toString() {
        return "KMeansResult[k=" + k() + ", rows=" + labels.length + ", inertia=" + inertia + ", iterations="
                + iterations + (converged ? ", converged" : ", max-iter reached") + ", sizes=" + Arrays.toString(sizes) + "]";
    }
}
