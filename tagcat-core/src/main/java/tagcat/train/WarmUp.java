package tagcat.train;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import tagcat.ingest.InputFormat;
import tagcat.ingest.PostReader;
import tagcat.ingest.ReadOptions;
import tagcat.parallel.Parallelism;
import tagcat.text.TagCorpus;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

/**
 * Runs the reading and vectorizing code on synthetic posts so that the JIT compiles it before real input
 * arrives. Not the k-means kernels: compiling them overlapped the real reading on 2 cores (1M posts: read +
 * vectorize 0.9 -> 1.4 s) and gained nothing measurable in the fit (BENCHMARKS.md). A front end calls it on a spare thread while it starts (the CLI while
 * picocli parses; a server before it accepts requests): the real input then meets compiled code
 * sooner. It changes nothing else and touches nothing shared; the caller decides whether and when.
 */
public final class WarmUp {
    private WarmUp() {
    }

    /** Returns the matrix rows of the last round (20,000), -1 if anything failed (a warm-up: nothing depends on it). */
    public static int run() {
        StringBuilder lines = new StringBuilder();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            for (int t = 0, n = 1 + random.nextInt(15); t < n; t++) {
                lines.append(t == 0 ? "" : " ").append(random.nextInt(4) == 0 ? "Warm" : "warm").append(random.nextInt(3000))
                        .append(random.nextInt(3) == 0 ? "uptagcatlife" : "");
            }
            lines.append('\n');
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.US_ASCII);
        int rows = -1;
        try {
            for (int round = 0; round < 3; round++) {
                TagCorpus.Builder corpus = TagCorpus.builder();
                PostReader.read("warm-up", new ByteArrayInputStream(bytes),
                        ReadOptions.defaults().withFormat(InputFormat.TAGS).withThreads(1), corpus);
                TagCorpus c = corpus.build(Parallelism.single());
                rows = TfIdfVectorizer.fit(c, TfIdfOptions.defaults()).transform(c, Parallelism.single()).matrix().rows();
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return rows;
    }
}
