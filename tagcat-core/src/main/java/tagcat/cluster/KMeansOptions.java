package tagcat.cluster;

import tagcat.parallel.Parallelism;

/**
 * Parameters of one k-means fit, scikit-learn's {@code KMeans} meaning and defaults where it has them.
 *
 * @param k       number of clusters (default 8)
 * @param nInit   independent k-means++ runs, the lowest inertia wins (default 1, sklearn's 'auto' for k-means++)
 * @param maxIter Lloyd iterations per run at most (default 300)
 * @param tol     stop when the squared centre shift is at most tol times the data's mean per-tag
 *                variance (default 1e-4); 0 runs until the labels stop changing
 * @param seed    seeds the k-means++ draws; runs are derived from it, never from ambient randomness
 * @param parallelism worker threads and where they come from; the result is the same for any value (default: all cores)
 * @param algorithm Lloyd full passes or mini-batches (default: auto)
 * @param metric    Euclidean (the article) or cosine (spherical k-means) (default: Euclidean)
 * @param batchSize rows per mini-batch (default 1024, as scikit-learn)
 * @param seedSample k-means++ seeds on this many random rows when the data has more (0: all rows,
 *                   the default and scikit-learn's way); Lloyd then runs on all rows
 * @param engine  which kernels run (speed only: every engine gives the same result)
 */
public record KMeansOptions(int k, int nInit, int maxIter, double tol, long seed, Parallelism parallelism,
                            Algorithm algorithm, Metric metric, int batchSize, int seedSample, Engine engine) {
    /** scikit-learn's default mini-batch size. */
    public static final int DEFAULT_BATCH_SIZE = 1024;

    public KMeansOptions(int k, int nInit, int maxIter, double tol, long seed, int threads) {
        this(k, nInit, maxIter, tol, seed, Parallelism.of(threads), Algorithm.AUTO, Metric.EUCLIDEAN, DEFAULT_BATCH_SIZE, 0,
                Engine.defaults());
    }

    public KMeansOptions {
        if (algorithm == null || metric == null || parallelism == null || engine == null) {
            throw new IllegalArgumentException("algorithm, metric, parallelism and engine are required");
        }
        if (seedSample < 0) {
            throw new IllegalArgumentException("seed sample must be >= 0 (0 = all rows), got " + seedSample);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        if (nInit < 1) {
            throw new IllegalArgumentException("n-init must be >= 1, got " + nInit);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("max-iter must be >= 1, got " + maxIter);
        }
        if (!(tol >= 0) || Double.isInfinite(tol)) {
            throw new IllegalArgumentException("tol must be a finite number >= 0, got " + tol);
        }
    }

    public static KMeansOptions defaults() {
        return new KMeansOptions(8, 1, 300, 1e-4, 0, Runtime.getRuntime().availableProcessors());
    }

    public KMeansOptions withK(int v) {
        return new KMeansOptions(v, nInit, maxIter, tol, seed, parallelism, algorithm, metric, batchSize, seedSample, engine);
    }

    public KMeansOptions withNInit(int v) {
        return new KMeansOptions(k, v, maxIter, tol, seed, parallelism, algorithm, metric, batchSize, seedSample, engine);
    }

    public KMeansOptions withMaxIter(int v) {
        return new KMeansOptions(k, nInit, v, tol, seed, parallelism, algorithm, metric, batchSize, seedSample, engine);
    }

    public KMeansOptions withTol(double v) {
        return new KMeansOptions(k, nInit, maxIter, v, seed, parallelism, algorithm, metric, batchSize, seedSample, engine);
    }

    public KMeansOptions withSeed(long v) {
        return new KMeansOptions(k, nInit, maxIter, tol, v, parallelism, algorithm, metric, batchSize, seedSample, engine);
    }

    public KMeansOptions withParallelism(Parallelism v) {
        return new KMeansOptions(k, nInit, maxIter, tol, seed, v, algorithm, metric, batchSize, seedSample, engine);
    }

    public KMeansOptions withAlgorithm(Algorithm v) {
        return new KMeansOptions(k, nInit, maxIter, tol, seed, parallelism, v, metric, batchSize, seedSample, engine);
    }

    public KMeansOptions withMetric(Metric v) {
        return new KMeansOptions(k, nInit, maxIter, tol, seed, parallelism, algorithm, v, batchSize, seedSample, engine);
    }

    public KMeansOptions withBatchSize(int v) {
        return new KMeansOptions(k, nInit, maxIter, tol, seed, parallelism, algorithm, metric, v, seedSample, engine);
    }

    public KMeansOptions withSeedSample(int v) {
        return new KMeansOptions(k, nInit, maxIter, tol, seed, parallelism, algorithm, metric, batchSize, v, engine);
    }

    public KMeansOptions withEngine(Engine v) {
        return new KMeansOptions(k, nInit, maxIter, tol, seed, parallelism, algorithm, metric, batchSize, seedSample, v);
    }

    /** {@code n} threads from the same factory. */
    public KMeansOptions withThreads(int n) {
        return withParallelism(parallelism.withThreads(n));
    }

    public int threads() {
        return parallelism.threads();
    }
}
