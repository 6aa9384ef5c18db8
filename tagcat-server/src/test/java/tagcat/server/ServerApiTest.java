package tagcat.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tagcat.suggest.Catalogue;

/** Every endpoint over real HTTP on the sample model (k = 30): what it answers, and how it refuses. */
class ServerApiTest {
    private static Served s;

    @BeforeAll
    static void start() {
        s = Served.of(Served.sample30());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void healthAndModelSayWhatIsServed() {
        assertThat(s.get("/health").json().get("status").asText()).isEqualTo("ok");
        JsonNode m = s.get("/api/model").json();
        assertThat(m.get("k").asInt()).isEqualTo(30);
        assertThat(m.get("method").asText()).isEqualTo("lsa");
        assertThat(m.get("vocabulary").asInt()).isEqualTo(1765);
        assertThat(m.get("input").get("posts").asInt()).isEqualTo(5000);
        assertThat(m.get("source").asText()).isEqualTo("test");
        assertThat(m.has("loaded_at")).isTrue();
    }

    @Test
    void categoriesArePagedAndSorted() {
        JsonNode bySize = s.get("/api/categories?limit=5").json();
        assertThat(bySize.get("total").asInt()).isEqualTo(30);
        assertThat(bySize.get("categories")).hasSize(5);
        List<Integer> sizes = new ArrayList<>();
        bySize.get("categories").forEach(c -> sizes.add(c.get("size").asInt()));
        assertThat(sizes).isSortedAccordingTo((a, b) -> b - a);
        assertThat(bySize.get("categories").get(0).get("name").asText()).isEqualTo("food_foodie_instafood");

        JsonNode page2 = s.get("/api/categories?limit=5&offset=5").json();
        assertThat(page2.get("categories").get(0).get("size").asInt()).isLessThanOrEqualTo(sizes.get(4));
        JsonNode byName = s.get("/api/categories?sort=name&limit=30&top=2").json();
        List<String> names = new ArrayList<>();
        byName.get("categories").forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).hasSize(30).isSorted();
        assertThat(byName.get("categories").get(0).get("tags")).hasSize(2);
        assertThat(s.get("/api/categories?offset=1000").json().get("categories")).isEmpty();
    }

    @Test
    void oneCategoryByIdOrName() {
        JsonNode c = s.get("/api/categories/9").json();
        assertThat(c.get("name").asText()).isEqualTo("food_foodie_instafood");
        assertThat(c.get("tags").get(0).get("tag").asText()).isEqualTo("food");
        assertThat(c.get("tags").get(0).has("posts")).isTrue();
        assertThat(c.get("nearest")).hasSize(5);
        assertThat(s.get("/api/categories/food_foodie_instafood").json().get("id").asInt()).isEqualTo(9);
    }

    @Test
    void searchToleratesTyposAndTagsSayWhereTheyBelong() {
        JsonNode hits = s.get("/api/search?q=beahc").json();
        assertThat(hits.get("results").get(0).get("name").asText()).isEqualTo("beach_sea_ocean");
        assertThat(hits.get("results").get(0).get("matched").get(0).get("how").asText()).isEqualTo("typo");
        JsonNode tag = s.get("/api/tags/sunrise").json();
        assertThat(tag.get("categories").get(0).get("name").asText()).isEqualTo("sunset_sunrise_sunsetlovers");
        assertThat(s.get("/api/tags/%23Sunrise").json().get("tag").asText()).isEqualTo("sunrise");
    }

    @Test
    void suggestAnswersTheCliDocument() {
        JsonNode r = s.post("/api/suggest", "{\"tags\":[\"#Beach\",\"sunset\"],\"limit\":4,\"explain\":true}").json();
        assertThat(r.get("status").asText()).isEqualTo("ok");
        assertThat(r.get("post").toString()).isEqualTo("[\"beach\",\"sunset\"]");
        assertThat(r.get("categories").get(0).get("name").asText()).isEqualTo("sunset_sunrise_sunsetlovers");
        assertThat(r.get("suggestions")).hasSize(4);
        assertThat(r.get("suggestions").get(0).get("why").asText()).contains("weight");
        JsonNode caption = s.post("/api/suggest", "{\"caption\":\"Lunch in #Roma with #pasta and #food\"}").json();
        assertThat(caption.get("post").toString()).isEqualTo("[\"pasta\",\"food\"]");
        assertThat(caption.get("unknown").toString()).isEqualTo("[\"roma\"]");
        assertThat(caption.get("categories").get(0).get("name").asText()).isEqualTo("italianfood_pasta_italy");
        assertThat(caption.get("suggestions").get(0).has("why")).isFalse();
    }

    @Test
    void suggestBandAndFiltersComeFromTheRequest() {
        JsonNode r = s.post("/api/suggest", "{\"tags\":\"beach sunset\",\"min_posts\":\"100\",\"max_posts\":500}").json();
        assertThat(r.get("popularity").get("band").asText()).isEqualTo("100 to 500 posts");
        r.get("suggestions").forEach(x -> assertThat(x.get("posts").asLong()).isBetween(100L, 500L));
        assertThat(s.post("/api/suggest", "{\"tags\":[\"beach\"],\"min_posts\":10,\"max_posts\":5}").status()).isEqualTo(400);
    }

    @Test
    void aPostWithNoKnownTagIs422WithCloseSpellings() {
        Served.Reply r = s.post("/api/suggest", "{\"tags\":[\"beachh\"]}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("error").asText()).isEqualTo("no_known_tag");
        assertThat(r.json().get("did_you_mean").get("beachh").get(0).asText()).isEqualTo("beach");
        Served.Reply none = s.post("/api/suggest", "{\"caption\":\"no hashtags here\"}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("error").asText()).isEqualTo("no_tags");
    }

    @Test
    void assignOneOrABatch() {
        JsonNode one = s.post("/api/assign", "{\"tags\":[\"food\",\"pizza\"],\"top\":2,\"by\":\"similar\"}").json();
        assertThat(one.get("categories")).hasSize(2);
        assertThat(one.get("categories").get(0).get("name").asText()).isEqualTo("food_foodie_instafood");
        JsonNode batch = s.post("/api/assign", "{\"posts\":[{\"tags\":[\"beach\"]},{\"caption\":\"#zzzz\"}]}").json();
        assertThat(batch.get("results")).hasSize(2);
        assertThat(batch.get("results").get(0).get("categories").get(0).get("name").asText()).isEqualTo("beach_sea_ocean");
        assertThat(batch.get("results").get(1).get("categories")).isEmpty();
        assertThat(batch.get("results").get(1).get("unknown").get(0).asText()).isEqualTo("zzzz");
        assertThat(batch.get("results").get(1).get("index").asInt()).isEqualTo(1);
    }

    @Test
    void mapPlacesEveryCategory() {
        JsonNode map = s.get("/api/map").json().get("categories");
        assertThat(map).hasSize(30);
        double spread = 0;
        for (JsonNode c : map) {
            spread += Math.abs(c.get("x").asDouble()) + Math.abs(c.get("y").asDouble());
        }
        assertThat(spread).isGreaterThan(0);
    }

    @Test
    void badJsonWrongTypesAndUnknownFieldsAre400NamingTheProblem() {
        assertError(s.post("/api/suggest", "{\"tags\":[\"beach\""), 400, "bad_json");
        assertError(s.post("/api/suggest", "[1,2]"), 400, "bad_json");
        assertError(s.post("/api/suggest", "{} {}"), 400, "bad_json");
        assertError(s.post("/api/suggest", ""), 400, "bad_json");
        assertError(s.post("/api/suggest", "{\"tags\":5}"), 400, "bad_field");
        assertError(s.post("/api/suggest", "{\"tags\":[1]}"), 400, "bad_field");
        assertError(s.post("/api/suggest", "{\"tags\":[\"a\"],\"limit\":\"ten\"}"), 400, "bad_field");
        assertError(s.post("/api/suggest", "{\"tags\":[\"a\"],\"limit\":0}"), 400, "bad_field");
        assertError(s.post("/api/suggest", "{\"tags\":[\"a\"],\"explain\":\"yes\"}"), 400, "bad_field");
        assertThat(assertError(s.post("/api/suggest", "{\"tag\":[\"a\"]}"), 400, "unknown_field").get("message").asText())
                .contains("\"tag\"").contains("tags");
        assertError(s.post("/api/assign", "{\"posts\":[{\"tags\":[\"a\"]},{\"tags\":7}]}"), 400, "bad_field");
        assertThat(s.post("/api/assign", "{\"posts\":[1]}").json().get("message").asText()).startsWith("posts[0]");
        assertError(s.post("/api/assign", "{\"tags\":[\"a\"],\"by\":\"closest\"}"), 400, "bad_field");
        assertError(s.get("/api/categories?limit=abc"), 400, "bad_parameter");
        assertError(s.get("/api/categories?sort=colour"), 400, "bad_parameter");
        assertError(s.get("/api/search"), 400, "bad_parameter");
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertError(s.post("/api/suggest", deep), 400, "bad_json");
    }

    @Test
    void oversizedBodiesBatchesPostsAndQueriesAreRefused() {
        assertError(s.post("/api/suggest", "{\"caption\":\"" + "a".repeat(70_000) + "\"}"), 413, "body_too_large");
        assertError(s.post("/api/suggest", "{\"caption\":\"" + "#a ".repeat(3_400) + "\"}"), 400, "too_long");
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tags.add("\"t" + i + "\"");
        }
        assertError(s.post("/api/suggest", "{\"tags\":[" + String.join(",", tags) + "]}"), 400, "too_many_tags");
        assertError(s.post("/api/suggest", "{\"tags\":\"" + String.join(" ", tags).replace("\"", "") + "\"}"), 400, "too_many_tags");
        String posts = "{\"tags\":[\"a\"]},".repeat(1_001);
        assertError(s.post("/api/assign", "{\"posts\":[" + posts.substring(0, posts.length() - 1) + "]}"), 413, "batch_too_large");
        assertError(s.get("/api/search?q=" + "a".repeat(201)), 400, "too_long");
        assertError(s.get("/api/tags/" + "a".repeat(201)), 400, "too_long");
    }

    @Test
    void unknownThingsAre404AndWrongMethods405AndWrongMediaTypes415() {
        assertError(s.get("/api/categories/999"), 404, "not_found");
        assertError(s.get("/api/categories/-1"), 404, "not_found");
        assertThat(assertError(s.get("/api/tags/beachh"), 404, "unknown_tag").get("did_you_mean").get(0).asText()).isEqualTo("beach");
        assertError(s.get("/api/nothing"), 404, "not_found");
        assertError(s.get("/no-such-page.html"), 404, "not_found");
        assertError(s.send(HttpRequest.newBuilder(s.uri("/api/model")).DELETE().build()), 405, "method_not_allowed");
        assertError(s.get("/api/suggest"), 405, "method_not_allowed");
        assertError(s.send(HttpRequest.newBuilder(s.uri("/api/suggest")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"tags\":[\"a\"]}")).build()), 415, "unsupported_media_type");
        assertError(s.post("/admin/reload", "{}"), 404, "not_found");
    }

    @Test
    void staticFilesOnlyFromTheJarAndNoTraversal() {
        Served.Reply page = s.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        assertThat(s.get("/app.js").status()).isEqualTo(200);
        for (String path : List.of("/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                "/tagcat/server/openapi.json", "/simplelogger.properties", "/tagcat/server/TagcatServer.class")) {
            Served.Reply r = s.get(path);
            assertThat(r.status()).as(path).isBetween(400, 499);
            assertThat(r.body()).as(path).doesNotContain("root:").doesNotContain("\uFFFD").doesNotContain("default-src");
            assertThat(r.json().has("error")).as(path).isTrue();
        }
    }

    @Test
    void securityHeadersOnEveryAnswerAndNoCorsByDefault() {
        for (Served.Reply r : List.of(s.get("/"), s.get("/health"), s.get("/api/nothing"), s.post("/api/suggest", "{"))) {
            assertThat(r.header("Content-Security-Policy")).isEqualTo("default-src 'self'");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void noAnswerCarriesAStackTrace() {
        for (Served.Reply r : List.of(s.post("/api/suggest", "{\"tags\":[\"" + "x".repeat(5000) + "\"]}"),
                s.post("/api/assign", "{\"posts\":{}}"), s.post("/api/suggest", "\u0000\u0001"))) {
            assertThat(r.status()).isBetween(400, 499);
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at tagcat.");
        }
    }

    @Test
    void metricsCountRequestsPerRouteAndTheAccessLogHasALinePerRequest() {
        s.get("/api/search?q=food");
        s.post("/api/suggest", "{");
        String metrics = s.get("/metrics").body();
        assertThat(metrics).contains("tagcat_http_requests_total{method=\"GET\",route=\"/api/search\",status=\"200\"}");
        assertThat(metrics).contains("tagcat_http_request_duration_seconds_bucket{route=\"/api/suggest\"");
        assertThat(metrics).contains("tagcat_http_errors_total{code=\"bad_json\"}");
        assertThat(s.log()).contains("GET /api/search 200").contains("POST /api/suggest 400");
    }

    @Test
    void openApiListsEveryRoute() {
        JsonNode api = s.get("/api/openapi.json").json();
        assertThat(api.get("openapi").asText()).startsWith("3.");
        for (String route : List.of("/health", "/metrics", "/api/model", "/api/categories", "/api/categories/{id}", "/api/search",
                "/api/tags/{tag}", "/api/map", "/api/suggest", "/api/assign", "/admin/reload")) {
            assertThat(api.get("paths").has(route)).as(route).isTrue();
        }
    }

    @Test
    void theCatalogueMatchesTheCoreDirectly() {
        Catalogue c = new Catalogue(Served.sample30());
        JsonNode hits = s.get("/api/search?q=travel&limit=3").json().get("results");
        List<Catalogue.Hit> direct = c.search("travel", 3);
        assertThat(hits).hasSize(direct.size());
        for (int i = 0; i < direct.size(); i++) {
            assertThat(hits.get(i).get("id").asInt()).isEqualTo(direct.get(i).category().id());
        }
    }

    private static JsonNode assertError(Served.Reply r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonNode j = r.json();
        assertThat(j.get("error").asText()).as(r.body()).isEqualTo(code);
        assertThat(j.get("message").asText()).isNotBlank();
        return j;
    }
}
