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
import tagcat.text.TagCorpus;

class ModelFileTest {
    @TempDir
    Path dir;

    static TagcatModel articleModel() {
        TagCorpus corpus = ArticleExample.corpus();
        TrainingOptions o = TrainingOptions.defaults().withK(2).withSeed(0).withThreads(1)
                .withCategories(new CategoryOptions(2, 3)).withMethod(tagcat.cluster.Method.ARTICLE)
                .withSeedCategories(List.of(List.of("food"), List.of("architecture")));
        return Training.fit(corpus, new ReadCounts(List.of("article-6.pgarray"), 6, 0, 0), o, TrainingListener.NONE).model();
    }

    @Test
    void aModelSurvivesAWriteAndReadUnchanged() throws IOException {
        TagcatModel m = articleModel();
        Path f = dir.resolve("m.json");
        ModelFile.write(f, m);
        TagcatModel back = ModelFile.read(f);
        assertThat(back.categories()).isEqualTo(m.categories());
        assertThat(back.centroids()).isEqualTo(m.centroids());
        assertThat(back.vectorizer().vocabulary().terms()).isEqualTo(m.vectorizer().vocabulary().terms());
        assertThat(back.vectorizer().idfValues()).isEqualTo(m.vectorizer().idfValues());
        assertThat(back.input()).isEqualTo(m.input());
        assertThat(back.fit()).isEqualTo(m.fit());
        assertThat(back.parameters().kmeans().k()).isEqualTo(2);
        assertThat(ModelFile.bodyBytes(back)).isEqualTo(ModelFile.bodyBytes(m));
        assertThat(back.categories()).extracting(c -> c.name()).containsExactly("food_italy", "architecture_italy");
    }

    @Test
    void gzipIsChosenByNameAndReadEitherWay() throws IOException {
        Path f = dir.resolve("m.json.gz");
        ModelFile.write(f, articleModel());
        byte[] b = Files.readAllBytes(f);
        assertThat(b[0] & 0xff).isEqualTo(0x1f);
        assertThat(ModelFile.read(f).categories()).hasSize(2);
    }

    @Test
    void aFlippedByteIsReportedAsDamage() throws IOException {
        Path f = dir.resolve("m.json");
        ModelFile.write(f, articleModel());
        byte[] b = Files.readAllBytes(f);
        int at = new String(b, StandardCharsets.UTF_8).indexOf("food_italy");
        b[at] = 'g';
        Files.write(f, b);
        assertThatThrownBy(() -> ModelFile.read(f)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void aTruncatedFileIsReportedAsTruncated() throws IOException {
        Path f = dir.resolve("m.json");
        ModelFile.write(f, articleModel());
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
        assertThatThrownBy(() -> ModelFile.read(f)).hasMessageContaining("truncated");
    }

    @Test
    void aFileThatIsNotAModelSaysSo() throws IOException {
        Path f = dir.resolve("posts.txt");
        Files.writeString(f, "{italy,food}\n");
        assertThatThrownBy(() -> ModelFile.read(f)).hasMessageContaining("not a tagcat model file");
        Files.writeString(f, "{\"something\":1}\n");
        assertThatThrownBy(() -> ModelFile.read(f)).hasMessageContaining("not a tagcat model file");
    }

    @Test
    void aNewerFormatVersionAsksForAnUpgrade() throws IOException {
        Path f = dir.resolve("m.json");
        ModelFile.write(f, articleModel());
        String s = Files.readString(f).replaceFirst("\"version\":1", "\"version\":2");
        Files.writeString(f, s);
        assertThatThrownBy(() -> ModelFile.read(f)).hasMessageContaining("version 2").hasMessageContaining("upgrade");
    }

    @Test
    void theVersion1FixtureStillLoads() throws Exception {
        Path f = Path.of(getClass().getResource("/model/article-v1.json").toURI());
        TagcatModel m = ModelFile.read(f);
        assertThat(m.categories()).extracting(c -> c.name()).containsExactly("food_italy", "architecture_italy");
        assertThat(m.vectorizer().vocabulary().terms()).containsExactly("architecture", "food", "italy");
    }

    /** The body edited, under a header whose length and checksum match: damage the checksum cannot see. */
    private static byte[] rewrapped(java.util.function.UnaryOperator<String> edit) throws IOException {
        String body = edit.apply(new String(ModelFile.bodyBytes(articleModel()), StandardCharsets.UTF_8));
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String header = "{\"format\":\"tagcat-model\",\"version\":1,\"bodyBytes\":" + b.length + ",\"bodySha256\":\""
                + Fingerprint.sha256(b) + "\"}\n";
        return (header + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBodyThatBreaksAnInvariantIsRefusedEvenWithAValidChecksum() throws IOException {
        assertThat(ModelFile.fromBytes("ok", rewrapped(b -> b)).centroids().k()).isEqualTo(2);
        assertThatThrownBy(() -> ModelFile.fromBytes("m", rewrapped(b -> b.replace("\"method\":\"article\"", "\"method\":\"magic\""))))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("magic");
        assertThatThrownBy(() -> ModelFile.fromBytes("m", rewrapped(
                b -> b.replace("[\"architecture\",\"food\",\"italy\"]", "[\"italy\",\"food\",\"architecture\"]"))))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("vocabulary is not sorted");
        assertThatThrownBy(() -> ModelFile.fromBytes("m", rewrapped(b -> b.replaceFirst("\"weights\":\\[[-0-9.Ee]+", "\"weights\":[null"))))
                .isInstanceOf(ModelFormatException.class);
        // a hand-edited term that no reader could produce: an escape sequence for the terminal, an upper-case tag
        assertThatThrownBy(() -> ModelFile.fromBytes("m", rewrapped(b -> b.replace("\"food\",", "\"f\\u001b[2Jood\","))))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("vocabulary term 1 'f\\u001B[2Jood' is not a normalized tag");
        assertThatThrownBy(() -> ModelFile.fromBytes("m", rewrapped(b -> b.replace("\"food\",", "\"Food\","))))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("not a normalized tag");
    }

    @Test
    void anInterruptedWriteSaysInterruptedNamesTheTargetAndLeavesNothing() throws IOException {
        Path f = dir.resolve("out.json");
        try {
            assertThatThrownBy(() -> AtomicFile.write(f, out -> {
                Thread.currentThread().interrupt(); // as the CLI's Ctrl-C hook does to the working thread
                out.write(new byte[200_000]);
            })).isInstanceOf(java.io.InterruptedIOException.class).hasMessage("interrupted while writing " + f);
        } finally {
            Thread.interrupted();
        }
        try (var s = Files.list(dir)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void aTemporaryFileLeftByAKilledWriterIsRemovedByTheNextWriteAYoungOneIsNot() throws IOException {
        Path f = dir.resolve("model.json");
        Path stale = Files.writeString(dir.resolve(".model.json.123456.tmp"), "half");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        Path young = Files.writeString(dir.resolve(".model.json.654321.tmp"), "in progress");
        Path other = Files.writeString(dir.resolve(".other.json.1.tmp"), "not ours");
        Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        AtomicFile.write(f, out -> out.write('x'));
        assertThat(stale).doesNotExist();
        assertThat(young).exists();
        assertThat(other).exists();
        assertThat(Files.readString(f)).isEqualTo("x");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFiles() throws IOException {
        Path f = dir.resolve("out.csv");
        Files.writeString(f, "old");
        assertThatThrownBy(() -> AtomicFile.write(f, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage(f + ": disk full"); // the target is named, not the hidden temporary file
        assertThat(Files.readString(f)).isEqualTo("old");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("out.csv");
        }
    }

    @Test
    void theFingerprintDependsOnPostsNotOnFormat() {
        String a = Fingerprint.of(TagCorpus.of(ArticleExample.POSTS));
        String b = Fingerprint.of(TagCorpus.of(ArticleExample.POSTS));
        String c = Fingerprint.of(TagCorpus.of(ArticleExample.POSTS.subList(0, 5)));
        assertThat(a).isEqualTo(b).isNotEqualTo(c).hasSize(64);
    }
}
