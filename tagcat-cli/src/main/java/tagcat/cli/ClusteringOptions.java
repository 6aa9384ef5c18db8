package tagcat.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tagcat.cluster.Algorithm;
import tagcat.cluster.KMeansOptions;
import tagcat.cluster.Method;
import tagcat.parallel.Parallelism;
import tagcat.train.TrainingOptions;

/**
 * How to cluster: the recipe, the k-means settings and the threads, one set of options for cluster,
 * evaluate and choose-k. k itself stays with each command (one value, or a range). Defaults are the
 * core's ({@link TrainingOptions#defaults()}); only --n-init differs for choose-k, which says so.
 */
final class ClusteringOptions {
    @Mixin
    MethodOptions recipe;

    @Option(names = "--n-init", paramLabel = "N",
            description = "k-means++ runs; the lowest inertia wins (default: 1, as scikit-learn's 'auto'; choose-k: 3, "
                + "since one run per k makes its curves jagged).")
    Integer nInit;

    @Option(names = "--max-iter", paramLabel = "N", defaultValue = "300", description = "Iterations per run at most (default: ${DEFAULT-VALUE}).")
    int maxIter;

    @Option(names = "--tol", paramLabel = "X", defaultValue = "1e-4",
            description = "Stop when centres move less than X times the data's mean variance (default: ${DEFAULT-VALUE}); 0 runs until no post changes category.")
    double tol;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Random seed; same seed, same categories (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--algorithm", paramLabel = "A", defaultValue = "auto",
            description = "lloyd (full passes, as scikit-learn KMeans), minibatch (MiniBatchKMeans: random batches, for very large data) or auto = lloyd (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + KMeansOptions.DEFAULT_BATCH_SIZE,
            description = "Posts per mini-batch with --algorithm minibatch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for all of the run: reading, vectors, k-means (default: all cores). Results do not depend on it.")
    Integer threads;

    /** More threads than this is a typo, not a machine: each costs a stack and a share of every buffer. */
    static final int MAX_THREADS = 1024;

    Parallelism parallelism() {
        if (threads == null) {
            return Parallelism.allCores();
        }
        UsageError.atLeast("--threads", threads, 1);
        UsageError.atMost("--threads", threads, MAX_THREADS);
        return Parallelism.of(threads);
    }

    /** The k-means settings for {@code k}; {@code defaultNInit} when --n-init is not given. */
    KMeansOptions kmeans(int k, int defaultNInit) {
        UsageError.atLeast("--k", k, 1);
        if (nInit != null) {
            UsageError.atLeast("--n-init", nInit, 1);
        }
        UsageError.atLeast("--max-iter", maxIter, 1);
        UsageError.between("--tol", tol, 0, Double.MAX_VALUE);
        UsageError.atLeast("--batch-size", batchSize, 1);
        Algorithm a = UsageError.parse("--algorithm", () -> Algorithm.parse(algorithm));
        return KMeansOptions.defaults().withK(k).withNInit(nInit == null ? defaultNInit : nInit).withMaxIter(maxIter)
                .withTol(tol).withSeed(seed).withAlgorithm(a).withBatchSize(batchSize)
                .withParallelism(parallelism());
    }

    Method method() {
        return recipe.method();
    }

    int dims() {
        UsageError.atLeast("--dims", recipe.dims, 1);
        return recipe.dims;
    }

    /** Training with these settings and the defaults for everything else. */
    TrainingOptions training(int k) {
        return TrainingOptions.defaults().withKMeans(kmeans(k, 1)).withMethod(method()).withLsaDims(dims());
    }
}
