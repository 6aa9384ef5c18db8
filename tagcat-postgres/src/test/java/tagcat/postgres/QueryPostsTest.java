package tagcat.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tagcat.ingest.MalformedInputException;
import tagcat.ingest.OnError;
import tagcat.ingest.Post;
import tagcat.ingest.PostSource;
import tagcat.ingest.ReadOptions;
import tagcat.ingest.ReadProgress;
import tagcat.ingest.ReadReport;
import tagcat.parallel.Parallelism;

/** Posts read from a real PostgreSQL by COPY, compared with the same literals read as a file. */
class QueryPostsTest {
    /** Each row's tags, as Java strings: quoting, escapes, braces, non-ASCII, emoji, NULL elements, empty and NULL arrays. */
    private static final List<List<String>> TAGS = java.util.Arrays.asList(
            List.of("italy", "food"),
            List.of("new york", "nyc"),
            List.of("a,b", "say \"hi\"", "back\\slash", "{braces}"),
            List.of("東京", "café", "🌅sunset", "Ünïcödé"),
            java.util.Arrays.asList("beach", null, "sea"),
            List.of(),
            null,
            List.of("  spaced  ", "tab\there", "line\nbreak"),
            List.of("NULL", "null", "#Hash"));

    private static String url;

    @BeforeAll
    static void createTables() throws SQLException {
        url = TestPostgres.freshDatabase();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE posts (id bigint PRIMARY KEY, tags text[], caption text)");
            s.execute("CREATE SEQUENCE post_numbers");
            s.execute("CREATE TABLE text_posts (id text, tags varchar[])");
            s.execute("CREATE TABLE uuid_posts (id uuid, tags text[])");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO posts VALUES (?, ?, ?)")) {
                for (int i = 0; i < TAGS.size(); i++) {
                    ps.setLong(1, 100 + i);
                    ps.setArray(2, TAGS.get(i) == null ? null : c.createArrayOf("text", TAGS.get(i).toArray()));
                    ps.setString(3, TAGS.get(i) == null ? null : "caption with #" + String.join(" #", TAGS.get(i).stream()
                            .filter(t -> t != null && t.matches("\\w+")).toList()) + "\nsecond line #last");
                    ps.executeUpdate();
                }
            }
            s.execute("INSERT INTO text_posts VALUES ('a''b', '{x,y}'), ('ünï', '{z}'), (NULL, '{lost}')");
            s.execute("INSERT INTO uuid_posts VALUES ('123e4567-e89b-12d3-a456-426614174000', '{u,v}')");
        }
    }

    private static Database db() {
        return Database.of(url, null, Map.of());
    }

    private static List<Post> read(PostSource source) throws IOException {
        List<Post> posts = new ArrayList<>();
        source.read(posts::add, Parallelism.of(2), ReadProgress.NONE);
        return posts;
    }

    private static List<List<String>> tags(List<Post> posts) {
        return posts.stream().map(Post::tags).toList();
    }

    @Test
    void aTableGivesTheSamePostsAsItsArraysPrintedByPostgresReadAsAFile() throws Exception {
        List<String> literals = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(tags::text, '{}') FROM posts ORDER BY id")) {
            while (r.next()) {
                literals.add(r.getString(1).replace('\n', ' '));
            }
        }
        List<Post> fromFile = read(PostSource.lines("file", literals, ReadOptions.defaults()));
        QueryPosts query = new QueryPosts(db(), "SELECT id, tags FROM posts ORDER BY id;", PostColumns.defaults(),
                ReadOptions.defaults());
        List<Post> fromTable = read(query);

        assertThat(tags(fromTable)).isEqualTo(tags(fromFile));
        assertThat(tags(fromTable)).contains(List.of("italy", "food"), List.of("東京", "café", "🌅sunset", "ünïcödé"),
                List.of("beach", "sea"), List.of("null", "hash"));
        // the empty array and the NULL array are empty posts: counted, not lost
        assertThat(fromTable).hasSize(TAGS.size() - 2);
        assertThat(query.ids().get(fromTable.get(0).line())).isEqualTo("100");
        assertThat(query.ids().get(fromTable.get(fromTable.size() - 1).line())).isEqualTo("108");
        assertThat(query.ids().type()).isEqualTo(PostIds.IdType.BIGINT);
    }

    @Test
    void theReportCountsEveryRow() throws Exception {
        QueryPosts query = new QueryPosts(db(), "SELECT id, tags FROM posts", PostColumns.defaults(), ReadOptions.defaults());
        ReadReport report = query.read(p -> { }, Parallelism.single(), ReadProgress.NONE);
        assertThat(report.lines()).isEqualTo(TAGS.size());
        assertThat(report.droppedEmpty()).isEqualTo(2);
        assertThat(report.malformed()).isZero();
    }

    @Test
    void captionsAreReadAsTextWithHashtagsExtractedAndLineBreaksKeptInOnePost() throws Exception {
        QueryPosts query = new QueryPosts(db(), "SELECT id, caption FROM posts ORDER BY id",
                new PostColumns("id", null, "caption"), ReadOptions.defaults());
        List<Post> posts = read(query);
        assertThat(posts.get(0).tags()).containsExactly("italy", "food", "last");
        assertThat(posts).hasSize(TAGS.size() - 1); // the NULL caption is an empty post
    }

    @Test
    void textAndUuidIdsAreKeptAsTheyAreAndANullIdIsABadRowNamedAndCounted() throws Exception {
        QueryPosts text = new QueryPosts(db(), "SELECT * FROM text_posts", PostColumns.defaults(), ReadOptions.defaults());
        List<Post> posts = new ArrayList<>();
        ReadReport report = text.read(posts::add, Parallelism.single(), ReadProgress.NONE);
        assertThat(tags(posts)).containsExactly(List.of("x", "y"), List.of("z"));
        assertThat(text.ids().get(1)).isEqualTo("a'b");
        assertThat(text.ids().get(2)).isEqualTo("ünï");
        assertThat(text.ids().type()).isEqualTo(PostIds.IdType.TEXT);
        assertThat(report.malformed()).isEqualTo(1);
        assertThat(report.badLines().get(0).toString()).endsWith("query id NULL: NULL id (column --id-column)");

        QueryPosts uuid = new QueryPosts(db(), "SELECT * FROM uuid_posts", PostColumns.defaults(), ReadOptions.defaults());
        read(uuid);
        assertThat(uuid.ids().get(1)).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(uuid.ids().type()).isEqualTo(PostIds.IdType.UUID);
    }

    @Test
    void aBadRowIsReportedByItsIdAndFollowsOnError() throws Exception {
        String sql = "SELECT 'p' || n AS id, ARRAY['ok', CASE WHEN n = 3 THEN repeat('x', 300) ELSE 'fine' END] AS tags"
                + " FROM generate_series(1, 5) n ORDER BY n";
        QueryPosts skip = new QueryPosts(db(), sql, PostColumns.defaults(), ReadOptions.defaults());
        List<Post> posts = new ArrayList<>();
        ReadReport report = skip.read(posts::add, Parallelism.single(), ReadProgress.NONE);
        assertThat(posts).hasSize(4);
        assertThat(report.malformed()).isEqualTo(1);
        assertThat(report.badLines().get(0).key()).isEqualTo("p3");
        assertThat(report.badLines().get(0).toString()).contains("query id p3: ");

        QueryPosts fail = new QueryPosts(db(), sql, PostColumns.defaults(), ReadOptions.defaults().withOnError(OnError.FAIL));
        assertThatThrownBy(() -> read(fail)).isInstanceOf(MalformedInputException.class).hasMessageContaining("id p3: ");
    }

    @Test
    void arraysWithExplicitBoundsAreRead() throws Exception {
        QueryPosts query = new QueryPosts(db(), "SELECT 1 AS id, '[0:2]={a,b,c}'::text[] AS tags", PostColumns.defaults(),
                ReadOptions.defaults());
        assertThat(tags(read(query))).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void aTwoDimensionalArrayIsReadAsItsElementsInOrderAsTheSameLiteralInAFileIs() throws Exception {
        String literal = "[0:1][1:2]={{a,b},{c,NULL}}";
        QueryPosts query = new QueryPosts(db(), "SELECT 1 AS id, '" + literal + "'::text[] AS tags UNION ALL SELECT 2, '{e}'",
                PostColumns.defaults(), ReadOptions.defaults());
        assertThat(tags(read(query))).containsExactly(List.of("a", "b", "c"), List.of("e"))
                .isEqualTo(tags(read(PostSource.lines("file", List.of(literal, "{e}"), ReadOptions.defaults()))));
    }

    @Test
    void aMissingColumnOrAWrongTypeIsOneMessageNamingIt() {
        assertThatThrownBy(() -> read(new QueryPosts(db(), "SELECT id AS post, tags FROM posts", PostColumns.defaults(),
                ReadOptions.defaults()))).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("no column \"id\" (--id-column); its columns: post, tags");
        assertThatThrownBy(() -> read(new QueryPosts(db(), "SELECT id, caption AS tags FROM posts", PostColumns.defaults(),
                ReadOptions.defaults()))).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("column \"tags\" (--tags-column) is of type text; it must be text[]");
        assertThatThrownBy(() -> read(new QueryPosts(db(), "SELECT id, tags FROM no_such_table", PostColumns.defaults(),
                ReadOptions.defaults()))).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("relation \"no_such_table\" does not exist");
    }

    @Test
    void theQueryRunsInAReadOnlyTransaction() throws Exception {
        // a function with a side effect: nextval changes the sequence, which a read-only transaction refuses
        String sql = "SELECT id, tags FROM posts WHERE nextval('post_numbers') > 0";
        assertThatThrownBy(() -> read(new QueryPosts(db(), sql, PostColumns.defaults(), ReadOptions.defaults())))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("read-only transaction");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT last_value, is_called FROM post_numbers")) {
            r.next();
            assertThat(r.getBoolean(2)).as("nextval never ran").isFalse();
        }
    }

    @Test
    void namesThatAreNotPlainIdentifiersAreRefusedBeforeAnySqlIsMade() {
        assertThatThrownBy(() -> new PostColumns("id\"; DROP TABLE posts; --", "tags", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--id-column").hasMessageContaining("not a plain SQL name");
        assertThatThrownBy(() -> new PostColumns("id", "tags)", null)).hasMessageContaining("--tags-column");
        assertThatThrownBy(() -> SqlNames.quoted("--out-schema", "x; drop table t")).hasMessageContaining("--out-schema");
        assertThat(SqlNames.quoted("--out-schema", "Results_2")).isEqualTo("\"Results_2\"");
    }

    @Test
    void aPasswordInTheUrlIsRefusedAndNeverEchoed() {
        assertThatThrownBy(() -> Database.of("jdbc:postgresql://localhost/db?user=u&password=s3cret", null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PGPASSWORD")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
        assertThatThrownBy(() -> Database.of("jdbc:mysql://localhost/db", null, Map.of())).hasMessageContaining("not a PostgreSQL");
    }

    @Test
    void anUnreachableDatabaseIsOneMessageNamingIt() {
        Database nowhere = Database.of("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", null, Map.of());
        assertThatThrownBy(nowhere::connect).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot connect to postgresql://127.0.0.1:1/none");
    }
}
