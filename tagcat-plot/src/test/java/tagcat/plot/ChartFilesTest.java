package tagcat.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tagcat.ArticleExample;
import tagcat.category.Categorizer;
import tagcat.category.Category;
import tagcat.category.CategoryOptions;
import tagcat.category.TagsPerCategory;
import tagcat.cluster.KMeans;
import tagcat.cluster.KMeansOptions;
import tagcat.cluster.KMeansResult;
import tagcat.choosek.ChooseK;
import tagcat.choosek.ChooseKOptions;
import tagcat.choosek.ChooseKResult;
import tagcat.plot.ClusterProjection;
import tagcat.choosek.KRange;
import tagcat.generate.GeneratorOptions;
import tagcat.generate.PostGenerator;
import tagcat.linalg.CsrMatrix;
import tagcat.text.TagCorpus;
import tagcat.text.TagStats;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;

/** Every chart tagcat writes opens as a PNG of the chart's size and as an SVG document of the same size. */
class ChartFilesTest {
    @TempDir
    Path dir;

    static TagCorpus generated() {
        List<List<String>> posts = new ArrayList<>();
        new PostGenerator(GeneratorOptions.defaults().withPosts(600).withTopics(4).withSeed(3)
                .withVocabulary(GeneratorOptions.vocabularyFor(600))).generate((i, t, tags) -> posts.add(tags));
        return TagCorpus.of(posts);
    }

    /** Checks that {@code base}.png decodes at width x height and {@code base}.svg is an svg document of that size. */
    static void assertValidChart(Path dir, String base, int width, int height) throws Exception {
        Path png = dir.resolve(base + ".png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as(png + " decodes as an image").isNotNull();
        assertThat(image.getWidth()).as(png + " width").isEqualTo(width);
        assertThat(image.getHeight()).as(png + " height").isEqualTo(height);
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        // not a blank canvas: some pixels are neither white nor one single colour
        long distinct = java.util.stream.IntStream.range(0, 200)
                .map(i -> image.getRGB(i * width / 200, height / 2)).distinct().count();
        assertThat(distinct).as(png + " has content").isGreaterThan(1);

        Path svg = dir.resolve(base + ".svg");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // VectorGraphics2D writes a DOCTYPE pointing at the W3C DTD: parse without fetching it
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).as(svg + " root").isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(parseLength(root.getAttribute("width"))).as(svg + " width").isEqualTo(width);
        assertThat(parseLength(root.getAttribute("height"))).as(svg + " height").isEqualTo(height);
        assertThat(doc.getElementsByTagNameNS("*", "text").getLength() + doc.getElementsByTagNameNS("*", "path").getLength())
                .as(svg + " draws something").isPositive();
    }

    /** "900", "900px", "900.0" or "317.5mm"-free lengths in user units; VectorGraphics2D writes plain numbers or mm. */
    static double parseLength(String s) {
        String v = s.replaceAll("[a-z]+$", "");
        double d = Double.parseDouble(v);
        return s.endsWith("mm") ? Math.round(d / 25.4 * 72) : d;
    }

    @Test
    void statsChartsAreValidPngAndSvg() throws Exception {
        TagStats s = TagStats.of(generated());
        List<Path> files = StatsCharts.writeAll(s, dir);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("tags-per-post.png",
                "tags-per-post.svg", "top-tags.png", "top-tags.svg", "tag-rank.png", "tag-rank.svg");
        for (String base : List.of("tags-per-post", "top-tags", "tag-rank")) {
            assertValidChart(dir, base, StatsCharts.WIDTH, StatsCharts.HEIGHT);
        }
        // the histogram has the generator's 1..30 tags per post as categories
        assertThat(StatsCharts.tagsPerPost(s).getSeriesMap().values().iterator().next().getXData()).hasSize(30);
    }

    @Test
    void chooseKChartsAreValidPngAndSvg() throws Exception {
        TagCorpus corpus = generated();
        CsrMatrix x = TfIdfVectorizer.fit(corpus, TfIdfOptions.defaults()).transform(corpus).matrix();
        ChooseKResult r = ChooseK.run(x, ChooseKOptions.of(KRange.parse("2..8"), KMeansOptions.defaults().withThreads(1))
                .withSilhouetteSample(300), (sc, d, t) -> { });
        List<Path> files = ChooseKCharts.writeAll(r, dir);
        assertThat(files).hasSize(8);
        for (String base : List.of("elbow", "silhouette", "calinski-harabasz", "davies-bouldin")) {
            assertValidChart(dir, base, ChooseKCharts.WIDTH, ChooseKCharts.HEIGHT);
        }
        // the recommended k is in the legend of every chart
        assertThat(ChooseKCharts.elbow(r).getSeriesMap().keySet()).contains("recommended: k = " + r.recommendedK() + " (dashed line)");
    }

    @Test
    void clusterChartsAreValidAndTheProjectionJsonHasEveryCategory() throws Exception {
        TagCorpus corpus = ArticleExample.corpus();
        TfIdfVectorizer v = TfIdfVectorizer.fit(corpus, TfIdfOptions.defaults());
        CsrMatrix x = v.transform(corpus).matrix();
        KMeansResult fit = KMeans.fit(x, KMeansOptions.defaults().withK(2).withThreads(1));
        List<Category> cats = Categorizer.categorize(fit.centroids(), fit.sizes(), v.vocabulary(), new CategoryOptions(2, 2));
        ClusterProjection p = ClusterProjection.of(x, fit.labels(), fit.centroids(), 3, 100, 0);
        int[] core = TagsPerCategory.counts(fit.centroids(), 0.8);
        List<Path> files = ClusterCharts.writeAll(p, cats, core, 0.8, dir);
        assertThat(files).hasSize(2 + 2 + 2 * 2 + 1);
        assertValidChart(dir, "projection", ClusterCharts.WIDTH, ClusterCharts.HEIGHT);
        assertValidChart(dir, "category-sizes", ClusterCharts.WIDTH, ClusterCharts.HEIGHT);
        Optional<Category> food = cats.stream().filter(c -> c.name().equals("food_italy")).findFirst();
        assertThat(food).isPresent();
        assertValidChart(dir.resolve("categories"), food.get().id() + "-food_italy", ClusterCharts.WIDTH, ClusterCharts.HEIGHT / 4 * 3);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("projection.json").toFile());
        assertThat(json.get("dims").asInt()).isEqualTo(3);
        assertThat(json.get("posts")).hasSize(6);
        assertThat(json.get("posts").get(0).get("xyz")).hasSize(3);
        assertThat(json.get("categories")).extracting(c -> c.get("name").asText())
                .containsExactlyInAnyOrder("food_italy", "architecture_italy");
    }

    @Test
    void categoryNamesBecomeSafeFileNames() {
        assertThat(ChartFiles.safeName("boat_water_sailing")).isEqualTo("boat_water_sailing");
        assertThat(ChartFiles.safeName("../etc/passwd")).isEqualTo("___etc_passwd");
        assertThat(ChartFiles.safeName("東京_café")).isEqualTo("東京_café");
        assertThat(ChartFiles.safeName("x".repeat(200))).hasSize(80);
    }

    @Test
    void writingIntoAFileThatIsNotADirectoryFailsWithIOException() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StatsCharts.writeAll(TagStats.of(ArticleExample.corpus()), file))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aFailedPngWriteIsAnIoErrorNotAStackTraceAndAFileIsNoFolder() throws IOException {
        TagStats s = TagStats.of(generated());
        java.io.OutputStream full = new java.io.OutputStream() {
            int n;

            @Override
            public void write(int b) throws IOException {
                if (++n > 100) {
                    throw new IOException("No space left on device");
                }
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChartFiles.writePng(StatsCharts.tagsPerPost(s), full))
                .isInstanceOf(IOException.class);
        Path file = Files.writeString(dir.resolve("plots"), "not a folder");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StatsCharts.writeAll(s, file))
                .isInstanceOf(IOException.class).hasMessageContaining("is a file, not a folder for the charts");
    }
}
