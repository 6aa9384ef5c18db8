package tagcat.model;

import tagcat.train.Training;
import tagcat.train.TrainingListener;
import tagcat.train.TrainingOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tagcat.ArticleExample;
import tagcat.category.CategoryOptions;
import tagcat.cluster.KMeansListener;

/** The optional co-occurrence section added to format version 1. */
class ModelFileCooccurrenceTest {
    @TempDir
    Path dir;

    static TagcatModel model(int cooccurrence) {
        TrainingOptions o = TrainingOptions.defaults().withK(2).withSeed(0).withThreads(1)
                .withCategories(new CategoryOptions(2, 3)).withCooccurrence(cooccurrence)
                .withMethod(tagcat.cluster.Method.ARTICLE).withSeedCategories(List.of(List.of("food"), List.of("architecture")));
        return Training.fit(ArticleExample.corpus(), new ReadCounts(List.of("article-6.pgarray"), 6, 0, 0), o,
                TrainingListener.NONE).model();
    }

    @Test
    void coOccurrenceCountsSurviveAWriteAndRead() throws IOException {
        TagcatModel m = model(100);
        assertThat(m.cooccurrence()).isNotNull();
        Path f = dir.resolve("m.json");
        ModelFile.write(f, m);
        assertThat(Files.readString(f)).contains("\"cooccurrence\":{\"perTag\":100,\"tags\":[[2],[2],[0,1]],\"counts\":[[2],[2],[2,2]]}");
        TagcatModel back = ModelFile.read(f);
        assertThat(back.cooccurrence()).isEqualTo(m.cooccurrence());
        assertThat(back.categories()).isEqualTo(m.categories());
    }

    @Test
    void aModelWithoutCountsWritesNoSectionAndTheVersion1FixtureHasNone() throws Exception {
        TagcatModel m = model(0);
        assertThat(m.cooccurrence()).isNull();
        Path f = dir.resolve("m.json");
        ModelFile.write(f, m);
        assertThat(Files.readString(f)).doesNotContain("cooccurrence");
        assertThat(ModelFile.read(f).cooccurrence()).isNull();
        Path fixture = Path.of(getClass().getResource("/model/article-v1.json").toURI());
        assertThat(ModelFile.read(fixture).cooccurrence()).isNull();
        assertThat(ModelFile.VERSION).isEqualTo(1);
    }

    /** Writes a model file around the given body, with a correct header, so only the contents can be wrong. */
    private static void writeWithBody(Path f, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        Files.writeString(f, "{\"format\":\"tagcat-model\",\"version\":1,\"bodyBytes\":" + b.length + ",\"bodySha256\":\""
                + Fingerprint.sha256(b) + "\"}\n" + body + "\n");
    }

    @Test
    void anInconsistentSectionIsReportedAsSuch() throws IOException {
        String body = new String(ModelFile.bodyBytes(model(100)), StandardCharsets.UTF_8);
        assertThat(body).contains("\"tags\":[[2],[2],[0,1]]", ",\"counts\":[[2],[2],[2,2]]");
        Path f = dir.resolve("bad.json");
        writeWithBody(f, body);
        assertThat(ModelFile.read(f).cooccurrence()).isNotNull();
        writeWithBody(f, body.replace("\"tags\":[[2],[2],[0,1]]", "\"tags\":[[2],[7],[0,1]]"));
        assertThatThrownBy(() -> ModelFile.read(f)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("inconsistent model: co-occurrence").hasMessageContaining("companion id 7");
        writeWithBody(f, body.replace(",\"counts\":[[2],[2],[2,2]]", ""));
        assertThatThrownBy(() -> ModelFile.read(f)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("co-occurrence lists do not cover the vocabulary");
    }
}
