package tagcat.cluster;

/** Which {@link NearestKernel} runs, from the {@link Engine} and the size of the work. */
final class Kernels {
    private Kernels() {
    }

    static final NearestKernel SCALAR = new ScalarNearestKernel();

    /** The Vector API kernel, or null when the {@code jdk.incubator.vector} module is not in the JVM. */
    static final NearestKernel VECTOR = vectorIfPresent();

    private static NearestKernel vectorIfPresent() {
        // VectorNearestKernel links against the incubator module; the class is only resolved here, after the check
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            return new VectorNearestKernel();
        } catch (LinkageError e) {
            return null; // a JVM that lists the module but cannot link against it: plain Java still works
        }
    }

    /** The fastest kernel available, for work that is not small. */
    static NearestKernel best() {
        return VECTOR != null ? VECTOR : SCALAR;
    }

    static NearestKernel choose(Engine engine, long work) {
        return switch (engine.kernel()) {
            case SCALAR -> SCALAR;
            case VECTOR -> {
                if (VECTOR == null) {
                    throw new IllegalStateException("the vector kernel was asked for but the Vector API is unavailable "
                            + "(run java with --add-modules jdk.incubator.vector)");
                }
                yield VECTOR;
            }
            case AUTO -> work < engine.smallWork() ? SCALAR : best();
        };
    }

    /** k-means++ computes one row's dots with a few candidates: the fastest kernel unless told otherwise. */
    static NearestKernel forDots(Engine engine) {
        return engine.kernel() == Engine.Kernel.AUTO ? best() : choose(engine, Long.MAX_VALUE);
    }

    static boolean isSmall(Engine engine, long work) {
        return choose(engine, work) == SCALAR;
    }
}
