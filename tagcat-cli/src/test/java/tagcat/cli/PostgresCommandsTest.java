package tagcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tagcat.postgres.TestPostgres;

/** The commands against a real PostgreSQL: posts from a table, results and models into tables, and back. */
class PostgresCommandsTest {
    private static String url;
    private static Path file;

    @BeforeAll
    static void generate(@TempDir Path dir) throws Exception {
        url = TestPostgres.freshDatabase();
        CliRun table = CliRun.of("generate", "--posts", "3000", "--seed", "5", "--out-jdbc", url);
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.err()).contains("wrote 3,000 posts to postgresql://");
        file = dir.resolve("posts.txt");
        assertThat(CliRun.of("generate", "--posts", "3000", "--seed", "5", "--format", "pgarray", "--out", file.toString())
                .exitCode()).isZero();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static JsonNode withoutTimings(String json) throws Exception {
        ObjectNode o = (ObjectNode) Json.MAPPER.readTree(json);
        o.remove("timings");
        return o;
    }

    @Test
    void theSamePostsFromAFileAndFromATableGiveByteIdenticalCategories() throws Exception {
        CliRun fromFile = CliRun.of("cluster", file.toString(), "--k", "8", "--json", "-q");
        CliRun fromTable = CliRun.of("cluster", "--jdbc", url, "--query", "SELECT id, tags FROM posts ORDER BY id",
                "--k", "8", "--json", "-q");
        assertThat(fromTable.exitCode()).as(fromTable.err()).isZero();
        assertThat(withoutTimings(fromTable.out()).toString()).isEqualTo(withoutTimings(fromFile.out()).toString());
        assertThat(Json.MAPPER.readTree(fromTable.out()).get("categories").toString())
                .isEqualTo(Json.MAPPER.readTree(fromFile.out()).get("categories").toString());
    }

    @Test
    void clusterWritesItsRunToTablesThatJoinBackToThePostsAndAssignAndSuggestUseTheStoredModel(@TempDir Path dir) throws Exception {
        CliRun cluster = CliRun.of("cluster", "--jdbc", url, "--k", "6", "--out-jdbc", url, "--run-id", "c1");
        assertThat(cluster.exitCode()).as(cluster.err()).isZero();
        assertThat(cluster.err()).contains("wrote run c1 to postgresql://").contains("6 categories, 3,000 posts");
        assertThat(count("SELECT count(*) FROM tagcat.post_categories pc JOIN posts p ON p.id = pc.post_id"
                + " JOIN tagcat.categories c ON c.run_id = pc.run_id AND c.category_id = pc.category_id WHERE pc.run_id = 'c1'"))
                .isEqualTo(3000);
        assertThat(count("SELECT k FROM tagcat.runs WHERE run_id = 'c1' AND command = 'cluster' AND posts = 3000")).isEqualTo(6);

        CliRun again = CliRun.of("cluster", "--jdbc", url, "--k", "6", "--out-jdbc", url, "--run-id", "c1", "-q");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("run 'c1' is already in tagcat.runs").contains("--replace");
        assertThat(CliRun.of("cluster", "--jdbc", url, "--k", "6", "--out-jdbc", url, "--run-id", "c1", "--replace", "-q")
                .exitCode()).isZero();

        CliRun assign = CliRun.of("assign", "--model", url, "--model-run", "c1", "--jdbc", url, "--query",
                "SELECT id, caption FROM posts WHERE id <= 100", "--caption-column", "caption", "--out-jdbc", url,
                "--run-id", "a1", "--top", "2", "-q");
        assertThat(assign.exitCode()).as(assign.err()).isZero();
        assertThat(assign.out()).isEmpty();
        assertThat(count("SELECT count(DISTINCT post_id) FROM tagcat.post_categories WHERE run_id = 'a1'")).isEqualTo(100);
        assertThat(count("SELECT count(*) FROM tagcat.post_categories WHERE run_id = 'a1' AND rank = 2 AND score > 0")).isPositive();

        CliRun csv = CliRun.of("assign", "--model", url, "--jdbc", url, "--query", "SELECT id, tags FROM posts WHERE id IN (7, 9)", "-q");
        assertThat(csv.out()).startsWith("id,category_id,score\n7,").contains("\n9,");

        CliRun suggest = CliRun.of("suggest", "--model", url, "--tags", "beach,sunset");
        assertThat(suggest.exitCode()).as(suggest.err()).isZero();
        CliRun bulk = CliRun.of("suggest", "--model", url, "--input", url, "--query", "SELECT id, tags FROM posts WHERE id IN (3, 4)", "-q");
        assertThat(bulk.exitCode()).as(bulk.err()).isZero();
        assertThat(bulk.out().lines().toList()).hasSize(2).allMatch(l -> l.startsWith("{\"id\":\""));
        assertThat(bulk.out()).contains("{\"id\":\"3\"").contains("{\"id\":\"4\"");
        CliRun noRun = CliRun.of("suggest", "--model", url, "--model-run", "zz", "--tags", "beach");
        assertThat(noRun.exitCode()).isEqualTo(1);
        assertThat(noRun.err()).contains("no model for run 'zz'");
    }

    @Test
    void statsReadsATableAndNamesItsSource() {
        CliRun stats = CliRun.of("stats", "--jdbc", url, "--query", "SELECT id, tags FROM posts WHERE id <= 500");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("500");
    }

    @Test
    void rejectedRowsAreWrittenByIdWithTheirArray(@TempDir Path dir) throws Exception {
        Path rejects = dir.resolve("rejects.jsonl");
        CliRun stats = CliRun.of("stats", "--jdbc", url, "--rejects", rejects.toString(), "--query",
                "SELECT id, tags FROM posts WHERE id <= 3 UNION ALL SELECT 77, ARRAY['ok', repeat('x', 300)]"
                        + " UNION ALL SELECT NULL, ARRAY['lost']");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        List<String> lines = java.nio.file.Files.readAllLines(rejects);
        assertThat(lines).hasSize(2);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"id\":\"77\"").contains("tag longer than 256")
                .contains("\"text\":\"{ok,xxx"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"id\":\"NULL\"").contains("NULL id"));
    }

    @Test
    void badNamesAndMissingInputsAreUsageErrors() {
        CliRun schema = CliRun.of("cluster", "--jdbc", url, "--out-jdbc", url, "--out-schema", "x; drop table t", "-q");
        assertThat(schema.exitCode()).isEqualTo(2);
        assertThat(schema.err()).contains("--out-schema: 'x; drop table t' is not a plain SQL name");
        CliRun column = CliRun.of("cluster", "--jdbc", url, "--tags-column", "tags\"--", "-q");
        assertThat(column.exitCode()).isEqualTo(2);
        assertThat(column.err()).contains("--tags-column");
        CliRun nothing = CliRun.of("cluster", "--k", "3");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("give the posts");
        CliRun both = CliRun.of("cluster", file.toString(), "--jdbc", url);
        assertThat(both.exitCode()).isEqualTo(2);
        CliRun password = CliRun.of("stats", "--jdbc", url + "&password=hunter2");
        assertThat(password.exitCode()).isEqualTo(2);
        assertThat(password.err()).contains("PGPASSWORD").doesNotContain("hunter2");
    }

    @Test
    void aWrongColumnTypeIsOneMessageAndExit1() {
        CliRun run = CliRun.of("stats", "--jdbc", url, "--query", "SELECT id, caption AS tags FROM posts");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("column \"tags\" (--tags-column) is of type text; it must be text[]")
                .doesNotContain("Exception");
    }
}
