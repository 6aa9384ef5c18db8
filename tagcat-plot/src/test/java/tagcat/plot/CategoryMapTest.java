package tagcat.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tagcat.cluster.Centroids;

class CategoryMapTest {
    /** Two pairs of near-identical categories far from each other, and one apart from all. */
    private static final Centroids FIVE = Centroids.fromRows(new double[][] {
        {1, 0.1, 0, 0, 0, 0}, {1, 0.12, 0, 0, 0, 0}, {0, 0, 1, 0.1, 0, 0}, {0, 0, 1, 0.15, 0, 0}, {0, 0, 0, 0, 1, 1}}, 6);

    @Test
    void similarCategoriesLandCloserThanUnrelatedOnes() {
        double[] xy = CategoryMap.layout(FIVE, 1);
        assertThat(dist(xy, 0, 1)).isLessThan(dist(xy, 0, 2) / 5);
        assertThat(dist(xy, 2, 3)).isLessThan(dist(xy, 1, 3) / 5);
        assertThat(dist(xy, 4, 0)).isGreaterThan(dist(xy, 0, 1) * 5);
    }

    @Test
    void theSameCentroidsAndSeedGiveTheSameMap() {
        assertThat(CategoryMap.layout(FIVE, 7)).containsExactly(CategoryMap.layout(FIVE, 7));
    }

    @Test
    void oneOrTwoCategoriesStillGetPositions() {
        assertThat(CategoryMap.layout(Centroids.fromRows(new double[][] {{1, 0}}, 2), 1)).hasSize(2);
        assertThat(CategoryMap.layout(Centroids.fromRows(new double[][] {{1, 0}, {0, 1}}, 2), 1)).hasSize(4);
    }

    private static double dist(double[] xy, int a, int b) {
        return Math.hypot(xy[a * 2] - xy[b * 2], xy[a * 2 + 1] - xy[b * 2 + 1]);
    }
}
