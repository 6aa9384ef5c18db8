package tagcat.cluster;

import tagcat.parallel.Workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tagcat.linalg.CsrMatrix;

/** The float first pass with its exact re-check must give the double kernels' labels and distances, bit for bit. */
class FloatNearestTest {
    private static final NearestKernel VECTOR = Kernels.best();

    @Test
    void theVectorKernelHasTheFloatPath() {
        assertThat(VECTOR.hasFloatPath()).isTrue();
    }

    @Test
    void floatPassGivesTheDoubleKernelsLabelsAndDistances() {
        CsrMatrix x = KMeansTest.randomPosts(3000, 300, 5);
        for (double density : new double[] {0.05, 0.4, 1.0}) {
            for (int k : new int[] {1, 7, 16, 17, 33, 100, 161, 300}) {
                double[] ct = randomCentroids(x.cols(), k, density, new SplittableRandom(k * 31L + (long) (density * 10)));
                if (k > 2) {
                    // an exact tie (lower id must win) and a near tie within float rounding
                    for (int t = 0; t < x.cols(); t++) {
                        ct[t * k + k - 1] = ct[t * k];
                        ct[t * k + k - 2] = ct[t * k + 1] * (1 + 1e-9);
                    }
                }
                assertSameAsDouble(x, ct, k, "k=" + k + ", density=" + density);
            }
        }
    }

    /**
     * Two centroids whose weights round to the same floats: the float pass sees an exact tie, and
     * only the exact re-check can tell that the higher id is nearer for some rows.
     */
    @Test
    void nearTiesInvisibleToFloatsAreSettledExactly() {
        CsrMatrix x = KMeansTest.randomPosts(2000, 50, 9);
        int k = 2;
        int dims = x.cols();
        double[] ct = new double[dims * k];
        SplittableRandom r = new SplittableRandom(3);
        for (int t = 0; t < dims; t++) {
            ct[t * k] = 0.2 * r.nextDouble();
            ct[t * k + 1] = ct[t * k];
        }
        // centroid 1 leans a hair more towards the most frequent tag: nearer for posts that weigh it above 0.05
        CsrMatrix xt = x.transpose();
        int top = 0;
        for (int t = 1; t < dims; t++) {
            if (xt.indptr()[t + 1] - xt.indptr()[t] > xt.indptr()[top + 1] - xt.indptr()[top]) {
                top = t;
            }
        }
        ct[top * k] = 0.05;
        ct[top * k + 1] = 0.05 + 1e-12;
        assertThat((float) ct[top * k + 1]).isEqualTo((float) ct[top * k]);
        int[] labels = assertSameAsDouble(x, ct, k, "k=2 twins");
        assertThat(labels).as("rows that the exact distances give to the higher id").contains(1);
        assertThat(labels).contains(0);
    }

    @Test
    void mostlyZeroCentroidBlocksGiveTheSparseLayout() {
        CsrMatrix x = KMeansTest.randomPosts(500, 300, 6);
        int k = 100;
        double[] ct = randomCentroids(x.cols(), k, 0.01, new SplittableRandom(2));
        int[] ones = new int[x.cols()];
        java.util.Arrays.fill(ones, 1);
        double[] cNorms = Assignment.squaredNorms(ct, k, x.cols());
        FloatCentroids sparse = FloatCentroids.of(ct, k, x.cols(), cNorms, null, null, ones);
        assertThat(sparse.start).isNotNull();
        assertThat(sparse.start[x.cols()]).isLessThan(x.cols() * sparse.kp / FloatCentroids.LANES / 2);
        double[] full = randomCentroids(x.cols(), k, 1.0, new SplittableRandom(2));
        assertThat(FloatCentroids.of(full, k, x.cols(), Assignment.squaredNorms(full, k, x.cols()), null, null, ones).start)
                .isNull();
    }

    /**
     * Lloyd on the float path (reused float buffer, distances only computed for relocation) must end
     * exactly where the plain-Java double path ends. In the second case two given centroids are equal,
     * so one cluster starts empty and takes the post farthest from its centroid.
     */
    @Test
    void lloydEndsTheSameOnTheFloatPathAsOnThePlainOne() {
        CsrMatrix x = KMeansTest.randomPosts(4000, 300, 7);
        int k = 40;
        double[][] twins = new double[k][x.cols()];
        for (int c = 0; c < k; c++) {
            for (int t = 0; t < x.cols(); t++) {
                twins[c][t] = x.get(c == 1 ? 0 : 7 * c, t);
            }
        }
        {
            for (double[][] given : new double[][][] {null, twins}) {
                KMeansOptions o = KMeansOptions.defaults().withK(k).withMaxIter(60).withSeed(3).withThreads(2);
                KMeansResult plain = KMeans.fit(x, o.withEngine(Engine.defaults().withSmallWork(Long.MAX_VALUE)), given,
                        KMeansListener.NONE);
                KMeansResult fast = KMeans.fit(x, o.withEngine(Engine.defaults().withSmallWork(0)), given,
                        KMeansListener.NONE);
                assertThat(fast.labels()).isEqualTo(plain.labels());
                assertThat(fast.inertia()).isEqualTo(plain.inertia());
                assertThat(fast.iterations()).isEqualTo(plain.iterations());
                assertThat(fast.centroids().squaredNorms()).isEqualTo(plain.centroids().squaredNorms());
                assertThat(plain.iterations()).isGreaterThan(2);
            }
        }
    }

    @Test
    void distancesComputedLaterMatchTheKernels() {
        CsrMatrix x = KMeansTest.randomPosts(1000, 120, 4);
        int k = 20;
        double[] ct = randomCentroids(x.cols(), k, 0.3, new SplittableRandom(8));
        double[] cNorms = Assignment.squaredNorms(ct, k, x.cols());
        double[] xNorms = Assignment.rowSquaredNorms(x);
        int[] labels = new int[x.rows()];
        double[] dist = new double[x.rows()];
        try (Workers w = new Workers(2)) {
            Assignment.nearest(x, xNorms, ct, k, cNorms, labels, dist, Engine.defaults(), w);
            assertThat(Assignment.distances(x, xNorms, ct, k, cNorms, labels, w)).isEqualTo(dist);
        }
    }

    private static double[] randomCentroids(int dims, int k, double density, SplittableRandom r) {
        double[] ct = new double[dims * k];
        for (int q = 0; q < ct.length; q++) {
            ct[q] = r.nextDouble() < density ? r.nextDouble() * 0.3 : 0;
        }
        return ct;
    }

    private static int[] assertSameAsDouble(CsrMatrix x, double[] ct, int k, String what) {
        int n = x.rows();
        double[] cNorms = Assignment.squaredNorms(ct, k, x.cols());
        double[] xNorms = Assignment.rowSquaredNorms(x);
        CentroidBlocks blocks = CentroidBlocks.of(ct, k, x.cols());
        double[] padded = java.util.Arrays.copyOf(cNorms, blocks.kp);
        java.util.Arrays.fill(padded, k, blocks.kp, Double.POSITIVE_INFINITY);
        int[] expected = new int[n];
        double[] expectedDist = new double[n];
        new ScalarNearestKernel().nearest(x.indptr(), x.indices(), x.data(), 0, n, blocks, padded, xNorms, expected,
                expectedDist);
        int[] labels = new int[n];
        int[] ones = new int[x.cols()];
        java.util.Arrays.fill(ones, 1);
        // dense layout, then the layout chosen by block density (sparse when most blocks are zero)
        for (int[] tagCounts : new int[][] {null, ones}) {
            FloatCentroids fc = FloatCentroids.of(ct, k, x.cols(), cNorms, null, null, tagCounts);
            String layout = what + (fc.start == null ? ", dense" : ", sparse");
            double[] dist = new double[n];
            VECTOR.nearestFloat(x.indptr(), x.indices(), x.data(), 0, n, fc, ct, cNorms, xNorms, labels, dist);
            assertThat(labels).as(layout).isEqualTo(expected);
            assertThat(dist).as(layout).isEqualTo(expectedDist);
            int[] withoutDist = new int[n];
            VECTOR.nearestFloat(x.indptr(), x.indices(), x.data(), 0, n, fc, ct, cNorms, xNorms, withoutDist, null);
            assertThat(withoutDist).as(layout + ", no distances").isEqualTo(expected);
        }
        return labels;
    }
}
