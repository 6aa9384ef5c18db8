package tagcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsAndChooseKCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path article() throws IOException {
        Path p = dir.resolve("a.txt");
        Files.writeString(p, ClusterCommandTest.ARTICLE);
        return p;
    }

    static void assertPng(Path p, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(p.toFile());
        assertThat(image).as(p.toString()).isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    @Test
    void statsReportsTheArticlesHistogramAndTopTags() throws IOException {
        CliRun r = CliRun.of("stats", article().toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("6 posts, 3 distinct tags, 10 tag occurrences", "mean 1.67, median 2, most common 2")
                .containsPattern("(?m)^ +1 +2 +33\\.3%")
                .containsPattern("(?m)^ +2 +4 +66\\.7%")
                .containsPattern("(?m)^ +1 +italy +4 ");
    }

    @Test
    void postsOfOneTagEachStillPlotAndAVeryLongPostIsOneRowNotThousands() throws IOException {
        Path single = dir.resolve("single.txt");
        Files.writeString(single, "a\nb\nc\na\n");
        Path plots = dir.resolve("single-plots");
        CliRun one = CliRun.of("stats", single.toString(), "--format", "tags", "--plot", plots.toString(), "-q");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertPng(plots.resolve("tags-per-post.png"), 900, 540);

        Path longPost = dir.resolve("long.txt");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            b.append("t").append(i).append(' ');
        }
        Files.writeString(longPost, b + "\nx y\n");
        CliRun r = CliRun.of("stats", longPost.toString(), "--format", "tags", "--plot", dir.resolve("long-plots").toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.matches(" +\\d+ +[\\d,]+ +[\\d.]+%.*")).count()).as("rows 1..30").isEqualTo(30);
        assertThat(r.out()).containsPattern("(?m)^  >30 +1 +50\\.0%  \\(the longest post has 10,000 tags\\)$");
    }

    @Test
    void statsJsonAndPlots() throws IOException {
        Path plots = dir.resolve("plots");
        CliRun r = CliRun.of("stats", article().toString(), "--json", "--plot", plots.toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("posts").asInt()).isEqualTo(6);
        assertThat(j.get("tags").asInt()).isEqualTo(3);
        assertThat(j.get("tags_per_post").get("histogram").toString())
                .isEqualTo("[{\"tags\":1,\"posts\":2},{\"tags\":2,\"posts\":4}]");
        assertThat(j.get("top_tags").get(0).get("tag").asText()).isEqualTo("italy");
        assertThat(j.get("frequency_by_rank").toString())
                .isEqualTo("[{\"rank\":1,\"posts\":4},{\"rank\":2,\"posts\":3},{\"rank\":3,\"posts\":3}]");
        assertThat(j.get("zipf_exponent").isNull()).isTrue();
        for (String chart : new String[] {"tags-per-post", "top-tags", "tag-rank"}) {
            assertPng(plots.resolve(chart + ".png"), 900, 540);
            assertThat(Files.readString(plots.resolve(chart + ".svg"))).contains("<svg");
        }
    }

    @Test
    void chooseKScoresEveryKPrintsOneProgressLineEachAndRecommends() throws IOException {
        Path posts = dir.resolve("posts.txt");
        assertThat(CliRun.of("generate", "--posts", "400", "--topics", "3", "--seed", "2", "--generic-share", "0.1",
                "--single-tag-share", "0", "--out", posts.toString()).exitCode()).isZero();
        Path plots = dir.resolve("k");
        CliRun r = CliRun.of("choose-k", posts.toString(), "--k", "2..6", "--sample", "300", "--plot", plots.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err().lines().filter(l -> l.startsWith("k = "))).hasSize(5);
        assertThat(r.err()).contains("[5/5]", "wrote 8 files to " + plots);
        assertThat(r.out()).contains("400 posts", "silhouette on 300 posts", "recommended k = ", "rule: smallest k whose silhouette")
                .contains("<- recommended");
        for (String chart : new String[] {"elbow", "silhouette", "calinski-harabasz", "davies-bouldin"}) {
            assertPng(plots.resolve(chart + ".png"), 900, 540);
        }
    }

    @Test
    void chooseKJsonHasEveryScore() throws IOException {
        CliRun r = CliRun.of("choose-k", article().toString(), "--k", "2..3", "--json", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("range").asText()).isEqualTo("2..3");
        assertThat(j.get("n_init").asInt()).isEqualTo(3);
        assertThat(j.get("silhouette_metric").asText()).contains("euclidean");
        assertThat(j.get("scores")).hasSize(2);
        JsonNode two = j.get("scores").get(0);
        assertThat(two.get("k").asInt()).isEqualTo(2);
        // food posts vs architecture posts: both clusters are tight around their own tag
        assertThat(two.get("silhouette").asDouble()).isPositive();
        assertThat(two.has("calinski_harabasz")).isTrue();
        assertThat(two.has("davies_bouldin")).isTrue();
        assertThat(j.get("recommended_k").asInt()).isBetween(2, 3);
        assertThat(j.get("reason").asText()).contains("Silhouette is highest");
    }

    @Test
    void badRangesAreCommandLineErrors() throws IOException {
        CliRun r = CliRun.of("choose-k", article().toString(), "--k", "40..5");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("40..5 is empty");
        CliRun big = CliRun.of("choose-k", article().toString(), "--k", "2..10");
        assertThat(big.exitCode()).isEqualTo(1);
        assertThat(big.err()).contains("k = 10 is larger than the number of posts (6)");
    }

    @Test
    void helpTeachesWithExamples() {
        assertThat(CliRun.of("stats", "--help").out()).contains("Examples:", "--plot", "tags per post");
        assertThat(CliRun.of("choose-k", "--help").out()).contains("Examples:", "one-standard-error", "--sample", "--k");
        assertThat(CliRun.of("--help").out()).contains("stats", "choose-k");
    }
}
