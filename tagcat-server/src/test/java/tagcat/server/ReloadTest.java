package tagcat.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tagcat.model.ModelFile;

/** Reloading a model file: the token, a bad file (the old model keeps answering), requests during reloads, --watch. */
class ReloadTest {
    private static final String TOKEN = "0123456789abcdef0123";

    @TempDir
    Path dir;

    private Path write(String name, tagcat.model.TagcatModel m) throws IOException {
        Path p = dir.resolve(name);
        ModelFile.write(p, m);
        return p;
    }

    private HttpRequest reload(Served s, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri("/admin/reload")).POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b.build();
    }

    @Test
    void reloadNeedsTheTokenSwapsAGoodFileAndKeepsTheOldModelOnABadOne() throws IOException {
        Path model = write("model.json.gz", Served.sample30());
        Path k10 = write("k10.json.gz", Served.sample10());
        ModelStore store = ModelStore.open(model, null, Clock.systemUTC());
        try (Served s = new Served(store, ServerOptions.defaults().withToken(TOKEN))) {
            assertThat(s.send(reload(s, null)).status()).isEqualTo(401);
            assertThat(s.send(reload(s, "Bearer wrong-token-of-some-length")).status()).isEqualTo(401);
            assertThat(s.send(reload(s, "Bearer " + TOKEN + "x")).status()).isEqualTo(401);

            Files.copy(k10, model, StandardCopyOption.REPLACE_EXISTING);
            Served.Reply ok = s.send(reload(s, "Bearer " + TOKEN));
            assertThat(ok.status()).as(ok.body()).isEqualTo(200);
            assertThat(s.get("/api/model").json().get("k").asInt()).isEqualTo(10);

            Files.writeString(model, "{\"format\":\"tagcat-model\", damaged");
            Served.Reply bad = s.send(reload(s, "Bearer " + TOKEN));
            assertThat(bad.status()).isEqualTo(409);
            assertThat(bad.json().get("error").asText()).isEqualTo("reload_failed");
            assertThat(bad.json().get("message").asText()).contains("kept the old model").contains(model.toString());
            assertThat(s.get("/api/model").json().get("k").asInt()).isEqualTo(10);
            assertThat(s.post("/api/suggest", "{\"tags\":[\"beach\"]}").status()).isEqualTo(200);

            Files.delete(model);
            assertThat(s.send(reload(s, "Bearer " + TOKEN)).status()).isEqualTo(409);
            assertThat(s.get("/api/categories").json().get("total").asInt()).isEqualTo(10);
            String metrics = s.get("/metrics").body();
            assertThat(metrics).contains("tagcat_model_reloads_total{result=\"ok\"} 1.0")
                    .contains("tagcat_model_reloads_total{result=\"failed\"} 2.0");
            assertThat(s.log()).contains("kept the old model");
        }
    }

    @Test
    void noRequestFailsWhileTheModelIsReloaded() throws Exception {
        Path model = write("model.json.gz", Served.sample30());
        Path k30 = write("k30.json.gz", Served.sample30());
        Path k10 = write("k10.json.gz", Served.sample10());
        ModelStore store = ModelStore.open(model, null, Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (Served s = new Served(store, ServerOptions.defaults().withToken(TOKEN))) {
            CountDownLatch reloading = new CountDownLatch(1);
            List<Future<List<Integer>>> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                clients.add(pool.submit(() -> {
                    reloading.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 150; i++) {
                        statuses.add(s.post("/api/suggest", "{\"tags\":[\"beach\",\"sunset\"],\"explain\":true}").status());
                        statuses.add(s.get("/api/categories/3").status());
                    }
                    return statuses;
                }));
            }
            reloading.countDown();
            for (int r = 0; r < 20; r++) {
                Path next = r % 2 == 0 ? k10 : k30;
                Path tmp = dir.resolve("next.tmp");
                Files.copy(next, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, model, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                assertThat(s.send(reload(s, "Bearer " + TOKEN)).status()).isEqualTo(200);
            }
            for (Future<List<Integer>> f : clients) {
                assertThat(f.get(2, TimeUnit.MINUTES)).hasSize(300).containsOnly(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void watchReloadsWhenTheFileIsReplaced() throws Exception {
        Path model = write("model.json.gz", Served.sample30());
        ModelStore store = ModelStore.open(model, null, Clock.systemUTC());
        CountDownLatch reloaded = new CountDownLatch(1);
        List<ModelStore.Reload> outcomes = new ArrayList<>();
        try (AutoCloseable watch = store.watch(r -> {
            synchronized (outcomes) {
                outcomes.add(r);
            }
            if (r.ok()) {
                reloaded.countDown();
            }
        })) {
            Path tmp = write("next.tmp", Served.sample10());
            Files.move(tmp, model, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertThat(reloaded.await(60, TimeUnit.SECONDS)).as("reloaded within a minute").isTrue();
            assertThat(store.model().centroids().k()).isEqualTo(10);
        }
    }

    @Test
    void aMissingOrDamagedModelIsRefusedAtStartNamingTheFile() throws IOException {
        Path missing = dir.resolve("nope.json.gz");
        assertThatThrownBy(() -> ModelStore.open(missing, null, Clock.systemUTC())).isInstanceOf(IOException.class)
                .hasMessageContaining("nope.json.gz");
        Path damaged = write("damaged.json.gz", Served.sample10());
        byte[] bytes = Files.readAllBytes(damaged);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> ModelStore.open(damaged, null, Clock.systemUTC())).isInstanceOf(IOException.class)
                .hasMessageContaining("damaged.json.gz");
    }

    @Test
    void aServerWithoutAFileHasNothingToReload() {
        ModelStore store = ModelStore.of(Served.sample10(), "memory", null, Clock.systemUTC());
        assertThat(store.reloadable()).isFalse();
        assertThat(store.reload().ok()).isFalse();
    }
}
