package tagcat.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tagcat.category.Category;
import tagcat.generate.GeneratorOptions;
import tagcat.generate.PostGenerator;
import tagcat.ingest.Post;
import tagcat.ingest.ReadOptions;
import tagcat.ingest.ReadProgress;
import tagcat.model.ModelFile;
import tagcat.model.TagcatModel;
import tagcat.parallel.Parallelism;
import tagcat.train.TrainingResult;

/** Runs written to a real PostgreSQL and read back; failed and killed runs leave nothing. */
class RunWriterTest {
    private static TrainingResult trained;

    @BeforeAll
    static void train() throws IOException {
        trained = TestRuns.trained(20_000); // 20,000 assignments: three COPY batches
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long rowsOfAllTables(String url) throws SQLException {
        return count(url, "SELECT (SELECT count(*) FROM tagcat.runs) + (SELECT count(*) FROM tagcat.categories)"
                + " + (SELECT count(*) FROM tagcat.category_tags) + (SELECT count(*) FROM tagcat.post_categories)"
                + " + (SELECT count(*) FROM tagcat.models)");
    }

    @Test
    void aRunIsWrittenWholeAndReadsBack() throws Exception {
        String url = TestPostgres.freshDatabase();
        Database db = Database.of(url, null, Map.of());
        List<Long> batches = new ArrayList<>();
        new RunWriter(db, "tagcat", (table, rows) -> {
            if (table.equals("post_categories")) {
                batches.add(rows);
            }
        }).write(TestRuns.run("r1", trained), false);

        assertThat(batches).containsExactly(8192L, 16384L, 20000L);
        assertThat(count(url, "SELECT count(*) FROM tagcat.runs WHERE run_id = 'r1' AND finished >= started AND k = 5")).isEqualTo(1);
        assertThat(count(url, "SELECT count(*) FROM tagcat.categories WHERE run_id = 'r1'")).isEqualTo(5);
        assertThat(count(url, "SELECT count(*) FROM tagcat.post_categories WHERE run_id = 'r1'")).isEqualTo(trained.posts());
        assertThat(count(url, "SELECT sum(size) FROM tagcat.categories")).isEqualTo(trained.posts() - trained.noKnownTag());
        // each post's category as trained, joined back by its id (line number here)
        assertThat(count(url, "SELECT category_id FROM tagcat.post_categories WHERE post_id = "
                + trained.corpus().lineOf(17))).isEqualTo(trained.category(17));
        Category first = trained.model().categories().get(0);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name, leading_tags FROM tagcat.categories WHERE category_id = " + first.id())) {
            r.next();
            assertThat(r.getString(1)).isEqualTo(first.name());
            Array tags = r.getArray(2);
            assertThat((String[]) tags.getArray()).containsExactlyElementsOf(first.leadingTags());
        }
        assertThat(count(url, "SELECT count(*) FROM tagcat.category_tags WHERE category_id = " + first.id()))
                .isEqualTo(first.tags().size());

        TagcatModel stored = StoredModels.load(db, "tagcat", "r1");
        assertThat(ModelFile.toBytes(stored)).isEqualTo(ModelFile.toBytes(trained.model()));
        assertThat(ModelFile.toBytes(StoredModels.load(db, "tagcat", null))).isEqualTo(ModelFile.toBytes(trained.model()));
        assertThatThrownBy(() -> StoredModels.load(db, "tagcat", "nope")).hasMessageContaining("no model for run 'nope'");
    }

    @Test
    void anExistingRunIdIsRefusedUnlessReplacing() throws Exception {
        String url = TestPostgres.freshDatabase();
        Database db = Database.of(url, null, Map.of());
        RunWriter writer = new RunWriter(db, "tagcat", RunWriter.Listener.NONE);
        writer.write(TestRuns.run("same", trained), false);
        assertThatThrownBy(() -> writer.write(TestRuns.run("same", trained), false)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("run 'same' is already in tagcat.runs").hasMessageContaining("--replace");
        writer.write(TestRuns.run("same", trained), true);
        assertThat(count(url, "SELECT count(*) FROM tagcat.post_categories")).isEqualTo(trained.posts());
        assertThat(count(url, "SELECT count(*) FROM tagcat.runs")).isEqualTo(1);
    }

    @Test
    void aFailureAfterSomeCopyBatchesLeavesNoRow() throws Exception {
        String url = TestPostgres.freshDatabase();
        Database db = Database.of(url, null, Map.of());
        RunWriter failing = new RunWriter(db, "tagcat", (table, rows) -> {
            if (table.equals("post_categories") && rows > 10_000) {
                throw new IOException("disk full (injected)");
            }
        });
        assertThatThrownBy(() -> failing.write(TestRuns.run("broken", trained), false)).hasMessage("disk full (injected)");
        assertThat(rowsOfAllTables(url)).isZero();
        // and the same run id can then be written
        new RunWriter(db, "tagcat", RunWriter.Listener.NONE).write(TestRuns.run("broken", trained), false);
        assertThat(count(url, "SELECT count(*) FROM tagcat.post_categories")).isEqualTo(trained.posts());
    }

    @Test
    void duplicatePostIdsAreRefusedAndLeaveNoRow() throws Exception {
        String url = TestPostgres.freshDatabase();
        Run dup = TestRuns.run("dup", trained);
        Run twice = new Run("dup", "assign", dup.started(), "test", "{}", null, 2, 5, "lsa", null, dup.categories(),
                PostIds.IdType.TEXT, sink -> {
                    sink.row("a", 1, 0, 0.5);
                    sink.row("a", 1, 1, 0.4);
                }, null);
        assertThatThrownBy(() -> new RunWriter(Database.of(url, null, Map.of()), "tagcat", RunWriter.Listener.NONE)
                .write(twice, false)).isInstanceOf(DatabaseException.class).hasMessageContaining("a post id appears twice");
        assertThat(rowsOfAllTables(url)).isZero();
    }

    @Test
    void aProcessKilledWithSigkillMidRunLeavesNoRow() throws Exception {
        String url = TestPostgres.freshDatabase();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KilledWriter.class.getName(), url).redirectErrorStream(true).start();
        String said;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            said = out.readLine();
            while (said != null && !said.startsWith("sent ")) { // skip anything the JVM prints first
                said = out.readLine();
            }
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback from the client
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(said).isEqualTo("sent 8192");
        assertThat(child.exitValue()).isEqualTo(137);
        // the server rolls the dead connection's transaction back: the same run id can be written, and only it is there
        new RunWriter(Database.of(url, null, Map.of()), "tagcat", RunWriter.Listener.NONE).write(TestRuns.run("killed", trained), false);
        assertThat(count(url, "SELECT count(*) FROM tagcat.post_categories")).isEqualTo(trained.posts());
        assertThat(count(url, "SELECT count(*) FROM tagcat.runs")).isEqualTo(1);
    }

    @Test
    void anInjectedSchemaNameIsRefused() {
        Database db = Database.of(TestPostgres.freshDatabase(), null, Map.of());
        assertThatThrownBy(() -> new RunWriter(db, "x; drop table t", RunWriter.Listener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--out-schema: 'x; drop table t' is not a plain SQL name");
        assertThatThrownBy(() -> new RunWriter(db, "a\"b", RunWriter.Listener.NONE)).hasMessageContaining("not a plain SQL name");
    }

    @Test
    void aGeneratedPostsTableReadsBackAsTheGeneratorsPosts() throws Exception {
        String url = TestPostgres.freshDatabase();
        Database db = Database.of(url, null, Map.of());
        PostGenerator generator = new PostGenerator(GeneratorOptions.defaults().withPosts(3000).withSeed(3)
                .withVocabulary(GeneratorOptions.vocabularyFor(3000)));
        assertThat(PostsTable.write(db, "posts", generator, false, RunWriter.Listener.NONE)).isEqualTo(3000);
        assertThatThrownBy(() -> PostsTable.write(db, "posts", generator, false, RunWriter.Listener.NONE))
                .hasMessageContaining("table posts already has rows");
        PostsTable.write(db, "posts", generator, true, RunWriter.Listener.NONE);

        List<List<String>> expected = new ArrayList<>();
        generator.generate((i, topic, tags) -> expected.add(tags));
        List<Post> read = new ArrayList<>();
        new QueryPosts(db, "SELECT id, tags FROM posts ORDER BY id", PostColumns.defaults(), ReadOptions.defaults())
                .read(read::add, Parallelism.of(2), ReadProgress.NONE);
        assertThat(read.stream().map(Post::tags).toList()).isEqualTo(expected);
        assertThat(count(url, "SELECT count(*) FROM posts WHERE caption LIKE '#%' AND created IS NOT NULL")).isEqualTo(3000);
    }
}
