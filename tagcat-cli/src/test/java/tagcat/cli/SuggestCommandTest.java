package tagcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    String model;

    @BeforeEach
    void model() throws IOException {
        model = ArticleModelFile.write(dir).toString();
    }

    Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void aPostTaggedFoodIsPlacedInFoodItalyAndGetsItaly() {
        CliRun r = CliRun.of("suggest", "--model", model, "--tags", "food");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                post: #food
                categories: food_italy (0.888)
                popularity: posts in the model's corpus of 6 (document frequency), not platform counts; band: none

                rank  tag    score  category        posts
                   1  italy  1.000  food_italy          4
                """);
        assertThat(r.out()).doesNotContain("architecture");
    }

    @Test
    void jsonCarriesCategoryScorePostsAndWithExplainTheReasons() throws IOException {
        CliRun r = CliRun.of("suggest", "--model", model, "--tags", "#Food", "--json", "--explain");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("post").toString()).isEqualTo("[\"food\"]");
        assertThat(j.get("popularity").get("source").asText()).isEqualTo("model");
        assertThat(j.get("categories").toString()).isEqualTo("[{\"id\":0,\"name\":\"food_italy\",\"score\":0.888415}]");
        JsonNode italy = j.get("suggestions").get(0);
        assertThat(j.get("suggestions")).hasSize(1);
        assertThat(italy.get("tag").asText()).isEqualTo("italy");
        assertThat(italy.get("score").asDouble()).isEqualTo(1.0);
        assertThat(italy.get("category").asText()).isEqualTo("food_italy");
        assertThat(italy.get("category_id").asInt()).isZero();
        assertThat(italy.get("posts").asLong()).isEqualTo(4);
        assertThat(italy.get("companion").asText()).isEqualTo("food");
        assertThat(italy.get("companion_share").asDouble()).isEqualTo(0.666667);
        assertThat(italy.get("why").asText()).isEqualTo("weight 0.434 in food_italy; on 67% of #food posts; spread over 2.0 categories, idf 1.34");
        assertThat(j.get("rejected")).isEmpty();
        assertThat(j.get("unknown")).isEmpty();
    }

    @Test
    void aCaptionsHashtagsAreThePostAndUnknownOnesAreSaidToBeIgnored() {
        CliRun r = CliRun.of("suggest", "--model", model, "--caption", "Dinner in #Roma with #Food!", "--explain");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("post: #food\nnot in the model (ignored): #roma\ncategories: food_italy (0.888)\n");
        assertThat(r.out()).contains("   1  italy  1.000  food_italy          4\n"
                + "      weight 0.434 in food_italy; on 67% of #food posts; spread over 2.0 categories, idf 1.34\n");
    }

    @Test
    void thePopularityBandSetsTagsAsideAndExplainSaysWhy() throws IOException {
        Path pop = file("pop.csv", "tag,posts\nitaly,380m\narchitecture,\"2,000,000\"\nfood,lots\nsunset\n");
        CliRun r = CliRun.of("suggest", "--model", model, "--tags", "italy", "--popularity", pop.toString(), "--explain");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("warning: " + pop + ":4: not a post count: 'lots' (e.g. 2500, 2,500, 100k, 380m, 1.4b)\n"
                + "warning: " + pop + ":5: no post count for 'sunset' (expected tag,posts)\n"
                + pop + ": 2 bad rows skipped, 2 tags read\n");
        assertThat(r.out()).isEqualTo("post: #italy\n"
                + "categories: food_italy (0.459), architecture_italy (0.459)\n"
                + "popularity: posts on the platform, from " + pop + "; band: 100k to 10m posts\n"
                + "\n"
                + "rank  tag           score  category                posts\n"
                + "   1  architecture  1.000  architecture_italy         2m\n"
                + "      weight 0.840 in architecture_italy; on 50% of #italy posts; spread over 1.0 categories, idf 1.56\n"
                + "\n"
                + "set aside:\n"
                + "  #food (score 1.000, food_italy): popularity unknown (not in the popularity table)\n");

        CliRun food = CliRun.of("suggest", "--model", model, "--tags", "food", "--popularity", pop.toString(), "--explain");
        assertThat(food.out()).contains("no suggestions pass the filters\n", "#italy (score 1.000, food_italy): 380m posts, above the band's 10m");
        CliRun wide = CliRun.of("suggest", "--model", model, "--tags", "food", "--popularity", pop.toString(), "--max-posts", "1b");
        assertThat(wide.out()).contains("band: 100k to 1b posts", "   1  italy  1.000  food_italy       380m");
        CliRun open = CliRun.of("suggest", "--model", model, "--tags", "food", "--popularity", pop.toString(), "--max-posts", "none");
        assertThat(open.out()).contains("band: at least 100k posts", "   1  italy  1.000  food_italy       380m");
        CliRun none = CliRun.of("suggest", "--model", model, "--tags", "food", "--popularity", pop.toString(),
                "--min-posts", "none", "--max-posts", "none");
        assertThat(none.out()).contains("band: none", "italy");
    }

    @Test
    void aPopularityFileWithBadRowsStopsUnderOnErrorFailWithTheLine() throws IOException {
        Path pop = file("pop.csv", "italy,380m\nfood,lots\n");
        CliRun r = CliRun.of("suggest", "--model", model, "--tags", "food", "--popularity", pop.toString(), "--on-error", "fail");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("malformed input: " + pop + ":2: not a post count: 'lots'");
    }

    @Test
    void withoutATableBoundsApplyToCorpusCountsScaledIfAsked() {
        CliRun r = CliRun.of("suggest", "--model", model, "--tags", "food", "--max-posts", "3", "--explain");
        assertThat(r.out()).contains("band: at most 3 posts", "#italy (score 1.000, food_italy): 4 posts, above the band's 3");
        CliRun scaled = CliRun.of("suggest", "--model", model, "--tags", "food", "--popularity-scale", "250000",
                "--min-posts", "100k", "--max-posts", "10m");
        assertThat(scaled.out()).contains("(document frequency x 250000)", "   1  italy  1.000  food_italy         1m");
    }

    @Test
    void specificityFiltersSetAsideTagsSpreadOverCategories() {
        CliRun r = CliRun.of("suggest", "--model", model, "--tags", "food", "--max-spread", "1.5", "--explain", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"suggestions\":[]", "\"reason\":\"not specific: spread over 2.0 categories, more than the max spread 1.5\"");
    }

    @Test
    void aFileOfPostsGetsOneJsonLinePerPost() throws IOException {
        Path in = file("new.pgarray", "{food}\n{}\n{zzz}\n{italy}\n");
        CliRun r = CliRun.of("suggest", "--model", model, "--input", in.toString(), "--limit", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                {"line":1,"categories":[{"id":0,"name":"food_italy","score":0.888415}],"suggestions":[{"tag":"italy","score":1.0,"category":"food_italy","category_id":0,"posts":4}],"unknown":[]}
                {"line":3,"categories":[],"suggestions":[],"unknown":["zzz"]}
                {"line":4,"categories":[{"id":0,"name":"food_italy","score":0.459041},{"id":1,"name":"architecture_italy","score":0.459041}],"suggestions":[{"tag":"architecture","score":1.0,"category":"architecture_italy","category_id":1,"posts":3}],"unknown":[]}
                """);
        assertThat(r.err()).contains("\"posts\" are posts in the model's corpus of 6", "3 posts from 4 lines; dropped: 1 empty",
                "1 post has no tag known to the model");
    }

    @Test
    void aTagNobodyUsedGetsAClearMessageNotACrash() {
        CliRun r = CliRun.of("suggest", "--model", model, "--tags", "itlay");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("tagcat suggest: none of the post's tags is in the model (#itlay; it knows 3 tags), "
                + "so there is no category to suggest from; did you mean #italy?\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anEmptyPostIsABadCommandLine() {
        CliRun empty = CliRun.of("suggest", "--model", model, "--tags", " , #");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).startsWith("the post has no tags; give --tags or a --caption with #hashtags\n");
        CliRun caption = CliRun.of("suggest", "--model", model, "--caption", "no hashtags here");
        assertThat(caption.exitCode()).isEqualTo(2);
        assertThat(caption.err()).startsWith("the post has no tags (the caption has no #hashtags)");
        assertThat(CliRun.of("suggest", "--model", model).err()).startsWith("give the post: --tags, --caption or --input FILE");
        assertThat(CliRun.of("suggest", "--model", model, "--tags", "food", "--input", "x").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("suggest", "--model", model, "--tags", "food", "--min-posts", "lots").err())
                .startsWith("--min-posts: not a post count: 'lots'");
        assertThat(CliRun.of("suggest", "--model", model, "--tags", "food", "--min-posts", "10m", "--max-posts", "100k").err())
                .startsWith("min posts 10m is above max posts 100k");
    }

    @Test
    void aModelOfAnUnknownVersionOrNoModelAtAllIsReported() throws IOException {
        String text = Files.readString(Path.of(model)).replaceFirst("\"version\":1", "\"version\":7");
        Path future = file("future.json", text);
        CliRun r = CliRun.of("suggest", "--model", future.toString(), "--tags", "food");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("tagcat suggest: " + future + ": model format version 7 is newer than this tagcat reads (1); upgrade tagcat\n");
        CliRun missing = CliRun.of("suggest", "--model", dir.resolve("nope.json").toString(), "--tags", "food");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("tagcat suggest: no such file: " + dir.resolve("nope.json") + "\n");
        CliRun posts = CliRun.of("suggest", "--model", dir.resolve("article.pgarray").toString(), "--tags", "food");
        assertThat(posts.err()).contains("not a tagcat model file");
    }

    @Test
    void aVersion1ModelWithoutCoOccurrenceStillSuggestsByCategoryWeight() throws IOException {
        Path v1 = dir.resolve("article-v1.json"); // the core test-jar's fixture
        try (var in = getClass().getResourceAsStream("/model/article-v1.json")) {
            Files.copy(in, v1);
        }
        CliRun r = CliRun.of("suggest", "--model", v1.toString(), "--tags", "food");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("ranking: category weight only (the model has no co-occurrence counts)",
                "   1  italy  1.000  food_italy          4");
    }
}
