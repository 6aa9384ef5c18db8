package tagcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** 20 posts {a,b}, 20 {c,d}, 30 {e..j}, and their topics as HARRISON-style image paths. */
    Path[] threeTopics() throws IOException {
        StringBuilder posts = new StringBuilder();
        StringBuilder paths = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            posts.append(i < 20 ? "a b" : i < 40 ? "c d" : "e f g h i j").append('\n');
            paths.append("dataset/").append(i < 20 ? "ab" : i < 40 ? "cd" : "ej").append("/image_").append(i).append(".jpg\n");
        }
        Path p = dir.resolve("posts.txt");
        Files.writeString(p, posts.toString());
        Path l = dir.resolve("data_list.txt");
        Files.writeString(l, paths.toString());
        return new Path[] {p, l};
    }

    @Test
    void separateTopicsAreRecoveredExactlyAndReportedAsJson() throws IOException {
        Path[] f = threeTopics();
        CliRun r = CliRun.of("evaluate", f[0].toString(), "--labels", f[1].toString(), "--labels-from-paths", "--k", "3",
                "--seed", "1", "--json", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("posts").asInt()).isEqualTo(70);
        assertThat(j.get("train").asInt()).isEqualTo(56);
        assertThat(j.get("test").asInt()).isEqualTo(14);
        assertThat(j.get("evaluated").asInt()).isEqualTo(14);
        assertThat(j.get("k").asInt()).isEqualTo(3);
        assertThat(j.get("methods")).extracting(m -> m.get("method").asText())
                .containsExactly("tagcat suggest", "popular tags", "co-occurrence", "item-kNN (cosine)", "RP3beta (beta 0.15)",
                        "EASE (lambda 100)");
        JsonNode tagcat = j.get("methods").get(0);
        assertThat(tagcat.get("recall@5").asDouble()).isEqualTo(1.0);
        assertThat(tagcat.get("recall@10").asDouble()).isEqualTo(1.0);
        assertThat(j.get("methods").get(2).get("recall@10").asDouble()).isEqualTo(1.0);
        // 8 of the 14 test posts are {e..j} posts: the 5 most popular tags are theirs, never a, b, c or d
        assertThat(j.get("methods").get(1).get("recall@5").asDouble()).isEqualTo(0.571429);
        assertThat(tagcat.get("precision@5").asDouble()).isEqualTo(0.428571); // (6 * 1/5 + 8 * 3/5) / 14
        assertThat(j.get("labels").get("train").get("nmi").asDouble()).isEqualTo(1.0);
        assertThat(j.get("labels").get("train").get("ari").asDouble()).isEqualTo(1.0);
        assertThat(j.get("labels").get("train").get("labels").asInt()).isEqualTo(3);
        assertThat(j.get("labels").get("test").get("nmi").asDouble()).isEqualTo(1.0);
        assertThat(j.get("recall@10_differences").get(1).get("mean").asDouble()).isZero();
    }

    @Test
    void theTableNamesEveryMethodAndTheSettings() throws IOException {
        Path[] f = threeTopics();
        CliRun r = CliRun.of("evaluate", f[0].toString(), "--k", "3", "--seed", "1", "--ablation", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("70 posts: 56 train, 14 test, 14 test posts with >= 2 tags scored (0 of them not placed: no visible tag known)\n"
                + "k = 3, 10 tags; hidden tags seen in training: 100.0% (the recall ceiling)\n");
        assertThat(r.out()).containsPattern("\ntagcat suggest +0.4286  1.0000  0.2143  1.0000\npopular tags +0.3429  0.5714  0.2143  1.0000\n");
        assertThat(r.out()).contains( "tagcat, all categories (m=k)",
                "tagcat - co-occurrence, R@10: +0.0000 (standard error 0.0000, paired)",
                "holdout 0.2, seed 1; tagcat suggest: 3 most similar categories, co-occurrence weight 0.9, no popularity band");
        assertThat(r.out()).doesNotContain("NMI");
    }

    @Test
    void labelsMustCoverTheInputAndPairWithOneInput() throws IOException {
        Path[] f = threeTopics();
        Path short_ = dir.resolve("short.txt");
        Files.writeString(short_, "ab\nab\n");
        CliRun r = CliRun.of("evaluate", f[0].toString(), "--labels", short_.toString(), "--k", "3", "-q");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("tagcat evaluate: " + short_ + " has 2 lines but " + f[0] + " has 70; one label per input line\n");
        assertThat(CliRun.of("evaluate", f[0].toString(), f[0].toString(), "--labels", short_.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("evaluate", f[0].toString(), "--holdout", "1.5").err()).contains("--holdout must be a share between 0 and 1");
        assertThat(CliRun.of("evaluate", f[0].toString(), "--labels-from-paths").err()).startsWith("--labels-from-paths needs --labels FILE");
        assertThat(CliRun.of("evaluate", f[0].toString(), "--metric", "manhattan").err()).contains("--metric: unknown metric 'manhattan'");
    }

    @Test
    void sphericalKMeansIsEvaluatedToo() throws IOException {
        Path[] f = threeTopics();
        CliRun r = CliRun.of("evaluate", f[0].toString(), "--labels", f[1].toString(), "--labels-from-paths", "--k", "3",
                "--seed", "1", "--metric", "cosine", "--json", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("methods").get(0).get("recall@10").asDouble()).isEqualTo(1.0);
        assertThat(j.get("labels").get("train").get("nmi").asDouble()).isEqualTo(1.0);
    }
}
