package tagcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tagcat.model.ModelFile;
import tagcat.model.TagcatModel;

class ClusterCommandTest {
    static final String ARTICLE = "{italy,food}\n{food,italy}\n{food}\n{italy,architecture}\n{architecture,italy}\n{architecture, }\n";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void theArticlesExampleGivesFoodItalyAndArchitectureItaly() throws IOException {
        CliRun r = CliRun.of("cluster", file("a.txt", ARTICLE).toString(), "--k", "2", "--top", "2", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("food_italy", "architecture_italy", "6 posts, 3 tags, k = 2");
    }

    @Test
    void aDashReadsStandardInputAndNamesItInBadLines() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream((ARTICLE + "{\"unclosed\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            CliRun r = CliRun.of("cluster", "-", "--k", "2", "--top", "2", "--method", "article", "-q");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("food_italy", "architecture_italy", "6 posts, 3 tags, k = 2");
            assertThat(r.err()).contains("warning: -:7:");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        CliRun r = CliRun.of("cluster", file("a.txt", ARTICLE).toString(), "--k", "2", "--top", "2", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("posts").asInt()).isEqualTo(6);
        assertThat(j.get("dropped").get("empty").asInt()).isZero();
        assertThat(j.get("dropped").get("malformed").asInt()).isZero();
        assertThat(j.get("vocabulary").asInt()).isEqualTo(3);
        assertThat(j.get("k").asInt()).isEqualTo(2);
        assertThat(j.get("timings").has("read_s")).isTrue();
        assertThat(j.get("timings").has("vectorize_s")).isTrue();
        assertThat(j.get("timings").has("fit_s")).isTrue();
        JsonNode food = j.get("categories").get(0).get("name").asText().equals("food_italy")
                ? j.get("categories").get(0) : j.get("categories").get(1);
        assertThat(food.get("size").asInt()).isEqualTo(3);
        assertThat(food.get("tags").get(0).get("tag").asText()).isEqualTo("food");
        assertThat(food.get("tags").get(0).get("weight").asDouble()).isBetween(0.839, 0.840);
        assertThat(food.get("tags").get(1).get("weight").asDouble()).isBetween(0.433, 0.434);
    }

    @Test
    void assignmentsListEveryPostByLineAndModelIsSaved() throws IOException {
        Path in = file("a.txt", "{italy,food}\n{}\n{food,italy}\n{food}\n{italy,architecture}\n{architecture,italy}\n{architecture, }\n");
        Path csv = dir.resolve("out/groups.csv");
        Path model = dir.resolve("model.json");
        CliRun r = CliRun.of("cluster", in.toString(), "--k", "2", "--top", "2", "--assignments", csv.toString(),
                "--model", model.toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("line,category_id");
        assertThat(lines).hasSize(7);
        assertThat(lines.subList(1, 7)).extracting(l -> l.split(",")[0]).containsExactly("1", "3", "4", "5", "6", "7");
        String food = lines.get(1).split(",")[1];
        assertThat(lines.get(2)).isEqualTo("3," + food);
        assertThat(lines.get(3)).isEqualTo("4," + food);
        assertThat(lines.get(4)).isNotEqualTo("5," + food);
        TagcatModel m = ModelFile.read(model);
        assertThat(m.categories()).extracting(c -> c.name()).containsExactlyInAnyOrder("food_italy", "architecture_italy");
        assertThat(m.input().droppedEmpty()).isEqualTo(1);
        assertThat(r.err()).contains("1 empty");
    }

    @Test
    void severalInputsAddAFileColumn() throws IOException {
        Path a = file("a.txt", "{italy,food}\n{food}\n{italy,architecture}\n");
        Path b = file("b.txt", "{architecture}\n{food,italy}\n");
        Path csv = dir.resolve("g.csv");
        CliRun r = CliRun.of("cluster", a.toString(), b.toString(), "--k", "2", "--assignments", csv.toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("file,line,category_id");
        assertThat(lines).extracting(l -> l.replaceAll(",[0-9]+$", ""))
                .containsExactly("file,line,category_id", a + ",1", a + ",2", a + ",3", b + ",1", b + ",2");
    }

    @Test
    void categoriesAreByteIdenticalOnOneAndTwoThreads() throws IOException {
        Path sample = Path.of("../samples/posts.txt.gz");
        CliRun one = CliRun.of("cluster", sample.toString(), "--k", "20", "--seed", "3", "--threads", "1", "--json");
        CliRun two = CliRun.of("cluster", sample.toString(), "--k", "20", "--seed", "3", "--threads", "2", "--json");
        assertThat(one.exitCode()).as(one.err()).isZero();
        JsonNode a = JSON.readTree(one.out());
        JsonNode b = JSON.readTree(two.out());
        assertThat(a.get("categories").toString()).isEqualTo(b.get("categories").toString());
        assertThat(a.get("inertia")).isEqualTo(b.get("inertia"));
        assertThat(a.get("posts").asInt()).isEqualTo(5000);
    }

    @Test
    void malformedLinesAreReportedWithFileAndLineThenSkipped() throws IOException {
        Path in = file("bad.txt", "{italy,food}\n{food\n{food}\n{italy,architecture}\n{architecture}\n");
        CliRun r = CliRun.of("cluster", in.toString(), "--k", "2", "--format", "pgarray");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains(in + ":2:").contains("1 malformed");
        assertThat(r.out()).contains("4 posts");
    }

    @Test
    void onErrorFailStopsWithExitCode3AndThePlace() throws IOException {
        Path in = file("bad.txt", "{italy,food}\n{food\n{food}\n");
        CliRun r = CliRun.of("cluster", in.toString(), "--k", "2", "--format", "pgarray", "--on-error", "fail");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains(in + ":2:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void seedCategoriesSteerTheCategories() throws IOException {
        Path in = file("a.txt", ARTICLE);
        Path seeds = file("seeds.txt", "architecture\nfood\n");
        CliRun r = CliRun.of("cluster", in.toString(), "--k", "2", "--top", "2", "--seed-categories", seeds.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode cats = JSON.readTree(r.out()).get("categories");
        assertThat(cats.get(0).get("name").asText()).isEqualTo("architecture_italy");
        assertThat(cats.get(1).get("name").asText()).isEqualTo("food_italy");
    }

    @Test
    void moreSeedCategoriesThanKIsAClearError() throws IOException {
        CliRun r = CliRun.of("cluster", file("a.txt", ARTICLE).toString(), "--k", "1",
                "--seed-categories", file("s.txt", "food\narchitecture\n").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("2 seed categories but k = 1");
    }

    @Test
    void aMissingFileAndABadOptionGiveClearErrors() {
        CliRun missing = CliRun.of("cluster", dir.resolve("nope.txt").toString(), "--k", "2");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.txt");
        CliRun badK = CliRun.of("cluster", "x.txt", "--k", "zero");
        assertThat(badK.exitCode()).isEqualTo(2);
        assertThat(badK.err()).contains("--k");
    }

    @Test
    void kLargerThanThePostsIsExplained() throws IOException {
        CliRun r = CliRun.of("cluster", file("a.txt", ARTICLE).toString(), "--k", "10");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("k = 10 is larger than the number of posts (6)");
    }

    @Test
    void helpTeachesWithExamples() {
        CliRun r = CliRun.of("cluster", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Examples:", "--seed-categories", "--max-df", "--on-error");
        CliRun top = CliRun.of("--help");
        assertThat(top.out()).contains("cluster", "extract", "generate", "Exit codes");
        assertThat(CliRun.of("--version").out()).startsWith("tagcat ");
    }

    @Test
    void topAutoListsEachCategorysCoreTagsAndJsonCountsThem() throws IOException {
        CliRun r = CliRun.of("cluster", file("a.txt", ARTICLE).toString(), "--k", "2", "--top", "auto", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("core_share").asDouble()).isEqualTo(0.8);
        for (JsonNode c : j.get("categories")) {
            // 0.84² is 79% of 0.84² + 0.43²: both tags are needed for 80%
            assertThat(c.get("core_tags").asInt()).isEqualTo(2);
            assertThat(c.get("tags")).hasSize(2);
        }
        CliRun table = CliRun.of("cluster", file("b.txt", ARTICLE).toString(), "--k", "2", "--top", "2", "-q");
        assertThat(table.out()).containsPattern("id +name +posts +core +top tags").containsPattern("food_italy +3 +2  food italy\\n");
    }

    @Test
    void plotWritesTheProjectionSizesAndOneChartPerCategory() throws IOException {
        Path plots = dir.resolve("plots");
        CliRun r = CliRun.of("cluster", file("a.txt", ARTICLE).toString(), "--k", "2", "--plot", plots.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote 9 files to " + plots);
        java.awt.image.BufferedImage projection = javax.imageio.ImageIO.read(plots.resolve("projection.png").toFile());
        assertThat(projection.getWidth()).isEqualTo(1000);
        assertThat(projection.getHeight()).isEqualTo(720);
        assertThat(Files.readString(plots.resolve("category-sizes.svg"))).contains("<svg");
        try (var files = Files.list(plots.resolve("categories"))) {
            assertThat(files.map(p -> p.getFileName().toString().replaceFirst("^[01]-", "")))
                    .containsExactlyInAnyOrder("architecture_italy.png", "architecture_italy.svg", "food_italy.png",
                            "food_italy.svg");
        }
        assertThat(JSON.readTree(plots.resolve("projection.json").toFile()).get("posts")).hasSize(6);
    }

    @Test
    void aBadTopIsACommandLineError() throws IOException {
        CliRun r = CliRun.of("cluster", file("a.txt", ARTICLE).toString(), "--k", "2", "--top", "some");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--top must be a number >= 1 or auto, got 'some'");
    }
}
