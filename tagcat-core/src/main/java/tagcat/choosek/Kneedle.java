package tagcat.choosek;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Kneedle knee/elbow detector of Satopää, Albrecht, Irwin & Raghavan, "Finding a 'Kneedle' in a
 * Haystack" (ICDCS workshops 2011), offline form:
 * <ol>
 *   <li>turn the curve into an increasing concave one (an elbow of a decreasing convex curve, such as
 *       inertia over k, becomes a knee of {@code max(y) - y}) and scale x and y to [0, 1];</li>
 *   <li>the difference curve {@code D = y_n - x_n} measures how far each point lies above the straight
 *       line from the first point to the last;</li>
 *   <li>each local maximum of D is a candidate; it is confirmed when D later falls below
 *       {@code D_max - S * mean(Δx_n)} before the next local maximum (S = sensitivity; 1 in the paper).</li>
 * </ol>
 * Of the confirmed knees this returns the most pronounced (largest D), where the {@code kneed} library in
 * offline mode returns the first; with a single clear bend they agree. No smoothing is applied: callers
 * pass curves that are already smooth enough (k-means inertia with fixed seeds is).
 */
public final class Kneedle {
    /** The shape of the curve around the point sought. */
    public enum Shape {
        /** Decreasing, flattening out: an elbow (inertia over k). */
        CONVEX_DECREASING,
        /** Increasing, flattening out: a knee (explained variance over components). */
        CONCAVE_INCREASING
    }

    /**
     * A detected knee.
     *
     * @param index      position in the input arrays
     * @param x          the x value there (e.g. k)
     * @param difference D at the knee, in (0, 1]: how far the curve bends away from the chord
     */
    public record Knee(int index, double x, double difference) {
    }

    private Kneedle() {
    }

    /**
     * @param x           strictly increasing
     * @param y           same length, at least 3 points
     * @param sensitivity S >= 0; larger values confirm fewer, sharper knees
     * @return the most pronounced confirmed knee, or empty when the curve does not bend
     */
    public static Optional<Knee> find(double[] x, double[] y, Shape shape, double sensitivity) {
        double[] d = differenceCurve(x, y, shape);
        int n = d.length;
        if (n < 3) {
            return Optional.empty();
        }
        double meanStep = 1.0 / (n - 1);
        List<Knee> confirmed = new ArrayList<>();
        for (int i = 1; i < n - 1; i++) {
            if (!(d[i] >= d[i - 1] && d[i] > d[i + 1])) {
                continue;
            }
            double threshold = d[i] - sensitivity * meanStep;
            for (int j = i + 1; j < n; j++) {
                if (d[j] < threshold) {
                    confirmed.add(new Knee(i, x[i], d[i]));
                    break;
                }
                if (j < n - 1 && d[j] >= d[j - 1] && d[j] > d[j + 1]) {
                    break; // the next local maximum came first
                }
            }
        }
        return confirmed.stream().filter(k -> k.difference() > 0)
                .max((a, b) -> a.difference() != b.difference() ? Double.compare(a.difference(), b.difference())
                        : Integer.compare(b.index(), a.index()));
    }

    /** The normalized difference curve D (step 2 above), one value per point. */
    public static double[] differenceCurve(double[] x, double[] y, Shape shape) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
        }
        int n = x.length;
        for (int i = 1; i < n; i++) {
            if (!(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("x must be strictly increasing: x[" + i + "] = " + x[i]
                        + " after " + x[i - 1]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] is " + y[i]);
            }
        }
        double[] d = new double[n];
        if (n < 2) {
            return d;
        }
        double yMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        for (double v : y) {
            yMax = Math.max(yMax, v);
            yMin = Math.min(yMin, v);
        }
        double xSpan = x[n - 1] - x[0];
        double ySpan = yMax - yMin;
        for (int i = 0; i < n; i++) {
            double xn = (x[i] - x[0]) / xSpan;
            double yt = shape == Shape.CONVEX_DECREASING ? yMax - y[i] : y[i] - yMin;
            double yn = ySpan > 0 ? yt / ySpan : 0;
            d[i] = yn - xn;
        }
        return d;
    }
}
