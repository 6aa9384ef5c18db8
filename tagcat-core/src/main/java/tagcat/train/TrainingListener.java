package tagcat.train;

import tagcat.cluster.KMeansListener;
import tagcat.ingest.ReadProgress;

/**
 * Told how a training run goes: reading progress, k-means progress, and a line when a stage starts
 * (for a progress display or a log). Every method has a do-nothing default.
 */
public interface TrainingListener extends ReadProgress, KMeansListener {
    TrainingListener NONE = new TrainingListener() {
    };

    @Override
    default void update(String source, long linesRead, long bytesRead) {
    }

    /** A stage starts: "vectorizing 1,000,000 posts...". */
    default void stage(String description) {
    }

    /** Something the user should know before the work goes on, e.g. that k is above the distinct posts. */
    default void warning(String message) {
    }
}
