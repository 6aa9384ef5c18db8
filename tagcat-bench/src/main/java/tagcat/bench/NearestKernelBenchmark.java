package tagcat.bench;

import tagcat.cluster.Engine;
import tagcat.cluster.KMeans;
import tagcat.cluster.KMeansOptions;
import tagcat.cluster.KMeansResult;
import tagcat.cluster.NearestCentroid;

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
import tagcat.linalg.CsrMatrix;
import tagcat.text.TagCorpus;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

/**
 * One assignment pass (nearest centroid of every post, one thread) over 100k generated posts with
 * real k-means centroids: the operation each Lloyd iteration repeats, through the same public step a
 * thread or a Spark partition runs ({@link NearestCentroid}). Compares the float first pass with exact
 * re-check ({@code float}, what Lloyd uses with the Vector API), the double Vector API kernel and the
 * plain-Java one; all give bit-identical labels.
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

    CsrMatrix x;
    double[] xNorms;
    int[] labels;
    double[] dist;
    NearestCentroid step;

    @Setup
    public void setUp() {
        PostGenerator g = new PostGenerator(GeneratorOptions.defaults().withPosts(100_000).withSeed(7)
                .withVocabulary(GeneratorOptions.vocabularyFor(1_000_000)));
        List<List<String>> posts = new ArrayList<>();
        g.generate((i, topic, tags) -> posts.add(List.copyOf(tags)));
        TagCorpus corpus = TagCorpus.of(posts);
        x = TfIdfVectorizer.fit(corpus, TfIdfOptions.defaults()).transform(corpus).matrix();
        KMeansResult r = KMeans.fit(x, KMeansOptions.defaults().withK(k).withMaxIter(2).withSeed(1));
        Engine engine = switch (kernel) {
            case "float" -> Engine.defaults().withKernel(Engine.Kernel.VECTOR);
            case "vector" -> Engine.defaults().withKernel(Engine.Kernel.VECTOR).withFloatPass(false);
            default -> Engine.defaults().withKernel(Engine.Kernel.SCALAR);
        };
        step = NearestCentroid.of(r.centroids(), engine, x);
        xNorms = new double[x.rows()];
        for (int i = 0; i < x.rows(); i++) {
            xNorms[i] = x.rowSquaredNorm(i);
        }
        labels = new int[x.rows()];
        dist = new double[x.rows()];
        if (!step.kernelName().equals(kernel)) {
            throw new IllegalStateException("wanted the " + kernel + " kernel, got " + step.kernelName());
        }
    }

    @Benchmark
    public void assignAllPosts(Blackhole bh) {
        step.assign(x, 0, x.rows(), xNorms, labels, dist);
        bh.consume(labels);
    }
}
