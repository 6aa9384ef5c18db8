package tagcat.cluster;

/**
 * One k-means run's iterations, written once: the budget, the stopping rule's bookkeeping and progress
 * are here; a variant says what one step does ({@link LloydKMeans}: a full pass; {@link MiniBatchKMeans}:
 * one random batch) and how the run ends. The shape of ELKI's {@code AbstractKMeans} loop.
 */
abstract class KMeansLoop {
    /** What one step tells the loop. */
    record Step(double centerShift, long labelsChanged, boolean stop) {
    }

    /** How a run ended: its centroids (tag-major), steps taken, and whether a stopping rule (not the budget) ended it. */
    record Outcome(double[] ct, long steps, boolean converged) {
    }

    /** Steps at most. */
    abstract long budget();

    /** Runs step {@code number} (1-based): moves the centroids; says whether to stop. */
    abstract Step step(long number);

    /** The centroids after the last step. */
    abstract double[] centroids();

    /** Whether progress is reported after this step (mini-batches: every 100th, they are many and short). */
    boolean reports(long number) {
        return true;
    }

    final Outcome run(KMeansListener listener, int run) {
        long steps = budget();
        long number = 0;
        boolean converged = false;
        while (number < steps) {
            number++;
            Step s = step(number);
            if (reports(number)) {
                listener.iteration(run, (int) Math.min(Integer.MAX_VALUE, number), s.centerShift(), s.labelsChanged());
            }
            if (s.stop()) {
                converged = true;
                break;
            }
        }
        return new Outcome(centroids(), number, converged);
    }
}
