package tagcat.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tagcat.linalg.CsrMatrix;

class NearestKernelTest {
    @Test
    void theVectorKernelIsAvailableInTests() {
        assertThat(Kernels.best().name()).isEqualTo("vector");
    }

    @Test
    void scalarAndVectorKernelsGiveBitIdenticalLabelsAndDistances() {
        check(0.05);
    }

    @Test
    void theDenseBlockPathGivesTheSameBitsToo() {
        check(1.0);
    }

    private static void check(double density) {
        CsrMatrix x = KMeansTest.randomPosts(3000, 200, 3);
        for (int k : new int[] {1, 7, 8, 13, 33, 50}) {
            int kp = NearestKernel.padded(k);
            SplittableRandom r = new SplittableRandom(k);
            double[] ct = new double[x.cols() * kp];
            double[] norms = new double[kp];
            for (int t = 0; t < x.cols(); t++) {
                for (int c = 0; c < k; c++) {
                    // sparse rows: most tags have weight in few centroids, so whole blocks are zero
                    ct[t * kp + c] = r.nextDouble() < density ? r.nextDouble() : 0;
                    norms[c] += ct[t * kp + c] * ct[t * kp + c];
                }
            }
            for (int c = k; c < kp; c++) {
                norms[c] = Double.POSITIVE_INFINITY;
            }
            if (k > 1) {
                System.arraycopy(norms, 0, norms, 0, 1);
                // an exact tie: centroid k-1 duplicates centroid 0; the lower id must win
                for (int t = 0; t < x.cols(); t++) {
                    ct[t * kp + k - 1] = ct[t * kp];
                }
                norms[k - 1] = norms[0];
            }
            double[] xNorms = Assignment.rowSquaredNorms(x);
            int[] ls = new int[x.rows()];
            int[] lv = new int[x.rows()];
            double[] ds = new double[x.rows()];
            double[] dv = new double[x.rows()];
            double[] tagMajor = new double[x.cols() * k];
            for (int t = 0; t < x.cols(); t++) {
                System.arraycopy(ct, t * kp, tagMajor, t * k, k);
            }
            CentroidBlocks blocks = CentroidBlocks.of(tagMajor, k, x.cols());
            assertThat(blocks.dense).isEqualTo(density == 1.0);
            new ScalarNearestKernel().nearest(x.indptr(), x.indices(), x.data(), 0, x.rows(), blocks, norms, xNorms, ls, ds);
            Kernels.best().nearest(x.indptr(), x.indices(), x.data(), 0, x.rows(), blocks, norms, xNorms, lv, dv);
            assertThat(lv).as("k=%d", k).isEqualTo(ls);
            assertThat(dv).as("k=%d", k).isEqualTo(ds);
            for (int i = 0; i < x.rows(); i++) {
                // against a plain argmin of ||x - c||^2
                double bestD = Double.POSITIVE_INFINITY;
                int best = -1;
                for (int c = 0; c < k; c++) {
                    double d = 0;
                    for (int t = 0; t < x.cols(); t++) {
                        double diff = x.get(i, t) - ct[t * kp + c];
                        d += diff * diff;
                    }
                    if (d < bestD - 1e-12) {
                        bestD = d;
                        best = c;
                    }
                }
                assertThat(ls[i]).as("row %d, k=%d", i, k).isEqualTo(best == k - 1 && k > 1 ? 0 : best);
            }
        }
    }
}
