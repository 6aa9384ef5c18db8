package tagcat.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tagcat.category.Category;
import tagcat.cluster.Engine;
import tagcat.cluster.Method;
import tagcat.generate.GeneratorOptions;
import tagcat.generate.PostGenerator;
import tagcat.ingest.PostSource;
import tagcat.ingest.ReadOptions;
import tagcat.parallel.Parallelism;

class TrainingTest {
    /** 12,000 generated posts as "tag tag tag" lines: several read chunks, vector blocks and k-means tasks. */
    static final List<String> LINES = generated(12_000);

    static List<String> generated(int posts) {
        List<String> lines = new ArrayList<>();
        new PostGenerator(GeneratorOptions.defaults().withPosts(posts).withSeed(11))
                .generate((i, topic, tags) -> lines.add(String.join(" ", tags)));
        return lines;
    }

    /** Counts the threads it makes; otherwise the default daemon threads. */
    static final class CountingFactory implements ThreadFactory {
        final AtomicInteger made = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            made.incrementAndGet();
            return Parallelism.DAEMON.newThread(r);
        }
    }

    static TrainingResult train(Method method, Parallelism parallelism, Engine engine) throws IOException {
        TrainingOptions o = TrainingOptions.defaults().withK(20).withSeed(3).withMethod(method)
                .withParallelism(parallelism).withEngine(engine);
        return Training.fit(PostSource.lines("generated", LINES, ReadOptions.defaults()), o, TrainingListener.NONE);
    }

    @Test
    void oneThreadRunsTheWholeRunOnTheCallersThreadAndTwoUseTheFactory() throws IOException {
        CountingFactory one = new CountingFactory();
        TrainingResult single = train(Method.LSA, new Parallelism(1, one), Engine.defaults());
        assertThat(one.made).hasValue(0);
        CountingFactory two = new CountingFactory();
        TrainingResult dual = train(Method.LSA, new Parallelism(2, two), Engine.defaults());
        assertThat(two.made.get()).isGreaterThan(0);
        assertThat(names(dual)).isEqualTo(names(single));
    }

    @Test
    void theFastFloatPathGivesTheSameCategoriesOnOneAndTwoThreads() throws IOException {
        // small-work 0 sends even this fixture down the Vector API float path, as a million posts would go
        Engine fast = Engine.defaults().withSmallWork(0);
        for (Method m : Method.values()) {
            TrainingResult a = train(m, Parallelism.of(1), fast);
            TrainingResult b = train(m, Parallelism.of(2), fast);
            assertThat(b.kmeans().labels()).as(m.id()).isEqualTo(a.kmeans().labels());
            assertThat(b.model().centroids()).as(m.id()).isEqualTo(a.model().centroids());
            assertThat(b.model().fit().inertia()).as(m.id()).isEqualTo(a.model().fit().inertia());
            assertThat(names(b)).as(m.id()).isEqualTo(names(a));
            // and the plain-Java kernels agree with the fast path
            TrainingResult plain = train(m, Parallelism.of(2), Engine.defaults().withKernel(Engine.Kernel.SCALAR));
            assertThat(plain.kmeans().labels()).as(m.id()).isEqualTo(a.kmeans().labels());
        }
    }

    @Test
    void everyPostReadGetsItsCategoryByItsLine() throws IOException {
        List<String> lines = List.of("{italy,food}", "{food,italy}", "{food}", "{italy,architecture}",
                "{architecture,italy}", "{architecture, }", "{}", "{\"unclosed");
        TrainingResult r = Training.fit(PostSource.lines("six", lines, ReadOptions.defaults()),
                TrainingOptions.defaults().withK(2).withMethod(Method.ARTICLE).withThreads(1), TrainingListener.NONE);
        assertThat(r.posts()).isEqualTo(6);
        assertThat(r.read().droppedEmpty()).isEqualTo(1);
        assertThat(r.read().malformed()).isEqualTo(1);
        assertThat(r.read().badLines().get(0).toString()).startsWith("six:8:");
        assertThat(r.corpus().lineOf(5)).isEqualTo(6);
        int food = r.category(2);
        int architecture = r.category(5);
        assertThat(food).isNotEqualTo(architecture);
        assertThat(r.category(0)).isEqualTo(food);
        assertThat(r.category(4)).isEqualTo(architecture);
        assertThat(r.model().categories().get(food).name()).isEqualTo("food_italy");
        assertThat(r.model().parameters().method()).isEqualTo(Method.ARTICLE);
    }

    @Test
    void kAboveTheDistinctPostsIsSaidUpFrontAndEndsEarly() throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            lines.addAll(List.of("{a,b}", "{c,d}", "{e,f}"));
        }
        List<String> warnings = new java.util.ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };
        TrainingResult r = Training.fit(PostSource.lines("dup", lines, ReadOptions.defaults()),
                TrainingOptions.defaults().withK(5).withSeed(1), listener);
        assertThat(warnings).containsExactly("only 3 distinct posts for k = 5: at most 3 categories can hold posts"
                + " and the other 2 stay empty; ask for --k 3 or fewer");
        assertThat(r.model().fit().converged()).isTrue();
        assertThat(r.model().fit().iterations()).isLessThan(10);
        warnings.clear();
        Training.fit(PostSource.lines("dup", lines, ReadOptions.defaults()), TrainingOptions.defaults().withK(3), listener);
        assertThat(warnings).isEmpty();
    }

    @Test
    void centroidsTooLargeForTheHeapAreRefusedBeforeKMeansSayingHowMuchMemory() throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            lines.add("{t" + i + ",u" + (i % 1000) + "}");
        }
        long heapGiB = Runtime.getRuntime().maxMemory() >> 30;
        int k = (int) Math.min(29_000, (heapGiB + 2) * (1L << 30) / (36L * 31_000) + 1); // past the heap
        TrainingOptions o = TrainingOptions.defaults().withK(k).withMethod(Method.ARTICLE);
        assertThatThrownBy(() -> Training.fit(PostSource.lines("wide", lines, ReadOptions.defaults()), o,
                TrainingListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not enough memory: clustering 30,000 posts into k = " + String.format("%,d", k))
                .hasMessageContaining("over 31,000 tags needs about").hasMessageContaining("TAGCAT_JAVA_OPTS=-Xmx");
    }

    @Test
    void coreTagsOnlyKeepsEachCategorysCore() throws IOException {
        TrainingResult all = train(Method.LSA, Parallelism.of(2), Engine.defaults());
        TrainingOptions o = TrainingOptions.defaults().withK(20).withSeed(3).withCoreTagsOnly();
        TrainingResult core = Training.fit(PostSource.lines("generated", LINES, ReadOptions.defaults()), o,
                TrainingListener.NONE);
        for (Category c : core.model().categories()) {
            assertThat(c.tags()).hasSize(Math.min(core.coreTags(c.id()), 30));
        }
        assertThat(names(core)).isEqualTo(names(all));
    }

    @Test
    void optionsNameTheBadValue() {
        assertThatThrownBy(() -> TrainingOptions.defaults().withK(1).withSeedCategories(List.of(List.of("a"), List.of("b"))))
                .hasMessageContaining("2 seed categories but k = 1");
        assertThatThrownBy(() -> TrainingOptions.defaults().withMinSimilarity(1.5)).hasMessageContaining("1.5");
        assertThatThrownBy(() -> TrainingOptions.defaults().withLsaDims(0)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> Training.fit(PostSource.lines("empty", List.of("", "{}"), ReadOptions.defaults()),
                TrainingOptions.defaults(), TrainingListener.NONE)).hasMessageStartingWith("no posts to cluster");
    }

    private static List<String> names(TrainingResult r) {
        return r.model().categories().stream().map(Category::name).toList();
    }
}
