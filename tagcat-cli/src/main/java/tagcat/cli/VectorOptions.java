package tagcat.cli;

import picocli.CommandLine.Option;
import tagcat.text.DfBound;
import tagcat.text.TfIdfOptions;

/** Which tags become dimensions: the TF-IDF vocabulary limits, as {@code cluster} has them. */
final class VectorOptions {
    @Option(names = "--min-df", paramLabel = "N|F", defaultValue = "1",
            description = "Ignore tags used by fewer posts: a count (5) or a fraction (0.001) (default: ${DEFAULT-VALUE}).")
    String minDf;

    @Option(names = "--max-df", paramLabel = "N|F", defaultValue = "1.0",
            description = "Ignore tags used by more posts, e.g. 0.5 drops #instagood-like tags (default: ${DEFAULT-VALUE}).")
    String maxDf;

    @Option(names = "--max-features", paramLabel = "N", defaultValue = "0",
            description = "Keep only the N most used tags; 0 keeps all (default: ${DEFAULT-VALUE}).")
    int maxFeatures;

    TfIdfOptions tfidf() {
        UsageError.atLeast("--max-features", maxFeatures, 0);
        DfBound min = UsageError.parse("--min-df", () -> DfBound.parse(minDf));
        DfBound max = UsageError.parse("--max-df", () -> DfBound.parse(maxDf));
        if (max.value() == 0) {
            throw new UsageError("--max-df 0 keeps no tag (none is on at most 0 posts); 1.0 keeps all");
        }
        if (min.fraction() == max.fraction() && min.value() > max.value()) {
            throw new UsageError("--min-df " + minDf + " is above --max-df " + maxDf + ": no tag can be in both bounds");
        }
        return new TfIdfOptions(min, max, maxFeatures);
    }
}
