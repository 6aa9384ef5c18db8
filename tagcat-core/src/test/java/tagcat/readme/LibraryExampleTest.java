package tagcat.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tagcat.ingest.PostSource;
import tagcat.ingest.ReadOptions;
import tagcat.model.ModelFile;
import tagcat.model.TagcatModel;
import tagcat.suggest.Popularity;
import tagcat.suggest.SuggestOptions;
import tagcat.suggest.SuggestRequest;
import tagcat.suggest.SuggestResponse;
import tagcat.suggest.Suggester;
import tagcat.train.Training;
import tagcat.train.TrainingListener;
import tagcat.train.TrainingOptions;
import tagcat.train.TrainingResult;

/**
 * The README's "Use tagcat as a Java library" example, run as written: the code between the markers
 * below must be the README's block character for character (this test checks), and it runs from the
 * repository root (its own surefire execution), where {@code samples/} is.
 */
class LibraryExampleTest {
    static SuggestResponse example() throws IOException {
        // README example start
        PostSource posts = PostSource.files(List.of(Path.of("samples/posts.txt.gz")), ReadOptions.defaults());
        TrainingResult trained = Training.fit(posts, TrainingOptions.defaults().withK(30), TrainingListener.NONE);
        System.out.println(trained); // 5,000 posts, 1,765 tags, k = 30, method lsa: inertia 4191.5882 after 9 iterations
        ModelFile.write(Path.of("target/model.json.gz"), trained.model());

        TagcatModel model = ModelFile.read(Path.of("target/model.json.gz"));
        Suggester suggester = new Suggester(model, Popularity.fromModel(model, 1), SuggestOptions.defaults());
        SuggestResponse response = suggester.suggest(SuggestRequest.ofTags(List.of("#Beach", "sunset")));
        System.out.println(response.categories().get(0).category().name() + ": " + response.tags()); // sunset_sunrise_sunsetlovers: [love, sunrise, sun, sea, ...]
        // README example end
        return response;
    }

    @Test
    void theReadmesLibraryExampleIsThisCodeAndRuns() throws IOException {
        assertThat(readmeBlock()).isEqualTo(ownBlock());
        SuggestResponse r = example();
        assertThat(r.ok()).isTrue();
        assertThat(r.post()).containsExactly("beach", "sunset");
        assertThat(r.categories().get(0).category().name()).isEqualTo("sunset_sunrise_sunsetlovers");
        assertThat(r.tags()).hasSize(10).doesNotContain("beach", "sunset");
        assertThat(ModelFile.read(Path.of("target/model.json.gz")).centroids().k()).isEqualTo(30);
    }

    /** The lines between the markers, without their indentation. */
    private static String ownBlock() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("tagcat-core/src/test/java/tagcat/readme/LibraryExampleTest.java"));
        int from = lines.indexOf("        // README example start") + 1;
        int to = lines.indexOf("        // README example end");
        return String.join("\n", lines.subList(from, to).stream().map(l -> l.isBlank() ? "" : l.substring(8)).toList());
    }

    /** The java block of the README's library section. */
    private static String readmeBlock() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Use tagcat as a Java library");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        int end = readme.indexOf("```", start);
        String block = readme.substring(start, end).strip();
        // the README shows the imports too; compare the statements
        return String.join("\n", block.lines().filter(l -> !l.startsWith("import ")).toList()).strip();
    }
}
