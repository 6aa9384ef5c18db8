package tagcat.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import tagcat.ingest.PostSource;
import tagcat.ingest.ReadOptions;
import tagcat.model.TagcatModel;
import tagcat.train.Training;
import tagcat.train.TrainingListener;
import tagcat.train.TrainingOptions;

/** A running server over real HTTP on a free loopback port, for tests; models trained on the bundled sample. */
final class Served implements AutoCloseable {
    static final Path SAMPLE = Path.of("../samples/posts.txt.gz");
    private static TagcatModel k30;
    private static TagcatModel k10;

    final TagcatServer server;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Served(ModelStore store, ServerOptions options) {
        this.server = TagcatServer.create(store, options.withPort(0), new PrintStream(log, true, StandardCharsets.UTF_8),
                Clock.systemUTC()).start();
    }

    static Served of(TagcatModel model) {
        return new Served(ModelStore.of(model, "test", null, Clock.systemUTC()), ServerOptions.defaults());
    }

    static synchronized TagcatModel sample30() {
        if (k30 == null) {
            k30 = train(30);
        }
        return k30;
    }

    static synchronized TagcatModel sample10() {
        if (k10 == null) {
            k10 = train(10);
        }
        return k10;
    }

    private static TagcatModel train(int k) {
        try {
            return Training.fit(PostSource.files(List.of(SAMPLE), ReadOptions.defaults()), TrainingOptions.defaults().withK(k),
                    TrainingListener.NONE).model();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Reply(int status, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return Requests.MAPPER.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + raw.body(), e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String body() {
            return raw.body();
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String log() {
        server.flushLog();
        return log.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}
