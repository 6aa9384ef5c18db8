package tagcat.choosek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KneedleTest {
    static double[] range(int from, int to) {
        double[] x = new double[to - from + 1];
        for (int i = 0; i < x.length; i++) {
            x[i] = from + i;
        }
        return x;
    }

    @Test
    void findsTheBendOfASharpElbow() {
        // falls by 10 per step up to x = 4, then by 1: the elbow is at 4
        double[] x = range(1, 10);
        double[] y = {100, 90, 80, 70, 69, 68, 67, 66, 65, 64};
        Kneedle.Knee knee = Kneedle.find(x, y, Kneedle.Shape.CONVEX_DECREASING, 1.0).orElseThrow();
        assertThat(knee.x()).isEqualTo(4);
        // normalized: x_n = 3/9, (max - y)_n = 30/36; D = 30/36 - 3/9
        assertThat(knee.difference()).isCloseTo(30.0 / 36 - 3.0 / 9, within(1e-12));
    }

    @Test
    void findsTheKneeOfAConcaveIncreasingCurve() {
        double[] x = range(1, 9);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.min(x[i], 3) * 10 + x[i] * 0.5; // steep until 3, then slow
        }
        assertThat(Kneedle.find(x, y, Kneedle.Shape.CONCAVE_INCREASING, 1.0).orElseThrow().x()).isEqualTo(3);
    }

    @Test
    void aStraightLineHasNoElbow() {
        double[] x = range(1, 10);
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            y[i] = 50 - 3 * i;
        }
        assertThat(Kneedle.find(x, y, Kneedle.Shape.CONVEX_DECREASING, 1.0)).isEmpty();
    }

    @Test
    void aHigherSensitivityRejectsAGentleBend() {
        double[] x = range(1, 10);
        double[] y = {100, 90, 80, 71, 63, 56, 50, 45, 41, 38};
        assertThat(Kneedle.find(x, y, Kneedle.Shape.CONVEX_DECREASING, 1.0)).isPresent();
        assertThat(Kneedle.find(x, y, Kneedle.Shape.CONVEX_DECREASING, 50.0)).isEmpty();
    }

    @Test
    void inputsAreChecked() {
        assertThatThrownBy(() -> Kneedle.differenceCurve(new double[] {1, 1, 2}, new double[] {3, 2, 1}, Kneedle.Shape.CONVEX_DECREASING))
                .hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> Kneedle.differenceCurve(new double[] {1, 2}, new double[] {3}, Kneedle.Shape.CONVEX_DECREASING))
                .hasMessageContaining("2 x values but 1 y values");
    }
}
