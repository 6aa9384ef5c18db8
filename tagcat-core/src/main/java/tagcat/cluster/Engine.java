package tagcat.cluster;

import java.util.Locale;
import java.util.Objects;

/**
 * How the k-means kernels run. Every choice gives bit-identical labels, centroids and inertia (the
 * kernels compute each dot product as the same chain of fused multiply-adds, and the float pass
 * re-checks near ties in double); only speed differs. A value passed in, never read from the
 * environment, so a server and a test in one JVM can run different engines side by side.
 *
 * @param kernel    which assignment kernel: {@link Kernel#AUTO} picks the Vector API one when the
 *                  {@code jdk.incubator.vector} module is present and the problem is not small
 * @param floatPass with the Vector API kernel, compare in float first and re-check near ties in
 *                  double (less memory traffic); false for comparisons
 * @param smallWork multiply-adds per pass (non-zeros x k) below which {@link Kernel#AUTO} uses the
 *                  plain-Java kernel: until the JIT has compiled it, Vector API code runs hundreds of
 *                  times slower, and a small problem (HARRISON: 57k posts) is over before that pays
 *                  back (measured: the whole fit 0.65 s plain, 1.2 s with the Vector API)
 */
public record Engine(Kernel kernel, boolean floatPass, long smallWork) {
    public static final long DEFAULT_SMALL_WORK = 300_000_000L;

    /** The assignment kernel. */
    public enum Kernel {
        /** The Vector API when present and the problem is large enough, else plain Java. */
        AUTO,
        /** Plain Java loops. */
        SCALAR,
        /** The Vector API; an error when the {@code jdk.incubator.vector} module is missing. */
        VECTOR;

        public static Kernel parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown kernel '" + s + "'; use auto, scalar or vector");
            }
        }
    }

    public Engine {
        Objects.requireNonNull(kernel, "kernel");
        if (smallWork < 0) {
            throw new IllegalArgumentException("small work must be >= 0, got " + smallWork);
        }
    }

    public static Engine defaults() {
        return new Engine(Kernel.AUTO, true, DEFAULT_SMALL_WORK);
    }

    public Engine withKernel(Kernel k) {
        return new Engine(k, floatPass, smallWork);
    }

    public Engine withFloatPass(boolean f) {
        return new Engine(kernel, f, smallWork);
    }

    public Engine withSmallWork(long w) {
        return new Engine(kernel, floatPass, w);
    }
}
