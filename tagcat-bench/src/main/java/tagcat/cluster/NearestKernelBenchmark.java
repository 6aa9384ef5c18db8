package tagcat.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tagcat.generate.GeneratorOptions;
import tagcat.generate.PostGenerator;
import tagcat.text.CsrMatrix;
import tagcat.text.TagCorpus;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

/**
 * One assignment pass (nearest centroid of every post, one thread) over 100k generated posts with
 * real k-means centroids: the operation each Lloyd iteration repeats. Compares the float first pass
 * with exact re-check ({@code float}, what Lloyd uses with the Vector API), the double Vector API
 * kernel and the plain-Java one; all give bit-identical labels. The layout parameter only applies
 * to the double kernels.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx4g"})
public class NearestKernelBenchmark {
    @Param({"100"})
    int k;

    @Param({"float", "vector", "scalar"})
    String kernel;

    /** "chosen": the layout Lloyd would pick; "sparse": zero blocks always skipped. */
    @Param({"chosen", "sparse"})
    String layout;

    CsrMatrix x;
    double[] xNorms;
    CentroidBlocks blocks;
    double[] cNorms;
    int kp;
    int[] labels;
    double[] dist;
    NearestKernel impl;
    FloatCentroids floats;
    double[] ct;
    double[] kNorms;

    @Setup
    public void setUp() {
        PostGenerator g = new PostGenerator(GeneratorOptions.defaults().withPosts(100_000).withSeed(7)
                .withVocabulary(GeneratorOptions.vocabularyFor(1_000_000)));
        List<List<String>> posts = new ArrayList<>();
        g.generate((i, topic, tags) -> posts.add(List.copyOf(tags)));
        TagCorpus corpus = TagCorpus.of(posts);
        x = TfIdfVectorizer.fit(corpus, TfIdfOptions.defaults()).transform(corpus).matrix();
        KMeansResult r = KMeans.fit(x, KMeansOptions.defaults().withK(k).withMaxIter(2).withSeed(1));
        kp = NearestKernel.padded(k);
        ct = new double[x.cols() * k];
        cNorms = new double[kp];
        double[] norms = r.centroids().squaredNorms();
        for (int c = 0; c < kp; c++) {
            cNorms[c] = c < k ? norms[c] : Double.POSITIVE_INFINITY;
        }
        for (int t = 0; t < x.cols(); t++) {
            for (int c = 0; c < k; c++) {
                ct[t * k + c] = r.centroids().weight(c, t);
            }
        }
        // the layout Lloyd picks: tag occurrences decide between skipping zero blocks and dense blocks
        CsrMatrix xt = x.transpose();
        int[] tagCounts = new int[x.cols()];
        for (int t = 0; t < x.cols(); t++) {
            tagCounts[t] = xt.indptr()[t + 1] - xt.indptr()[t];
        }
        impl = kernel.equals("scalar") ? new ScalarNearestKernel() : NearestKernel.best();
        boolean dense = layout.equals("chosen") && impl.registerBlocksDenseLayout();
        blocks = CentroidBlocks.of(ct, k, x.cols(), dense ? tagCounts : null);
        System.out.printf("%nlayout %s: stored centroid blocks %.1f%% of dense%n", layout, 100 * blocks.density(x.cols()));
        xNorms = Assignment.rowSquaredNorms(x);
        labels = new int[x.rows()];
        dist = new double[x.rows()];
        kNorms = java.util.Arrays.copyOf(cNorms, k);
        floats = FloatCentroids.of(ct, k, x.cols(), kNorms, null);
        if (!impl.name().equals(kernel.equals("float") ? "vector" : kernel)) {
            throw new IllegalStateException("wanted the " + kernel + " kernel, got " + impl.name());
        }
    }

    @Benchmark
    public void assignAllPosts(Blackhole bh) {
        if (kernel.equals("float")) {
            impl.nearestFloat(x.indptr(), x.indices(), x.data(), 0, x.rows(), floats, ct, kNorms, xNorms, labels, null);
            bh.consume(labels);
            return;
        }
        impl.nearest(x.indptr(), x.indices(), x.data(), 0, x.rows(), blocks, cNorms, xNorms, labels, dist);
        bh.consume(labels);
    }
}
