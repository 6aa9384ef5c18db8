package tagcat.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Map;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code tagcat serve}: the JSON API and the web page over one {@link ModelStore}. {@link #create} builds
 * the app with every route in one place; handlers are thin calls into the core ({@link Api}).
 *
 * <p>Every answer to a bad request is a JSON error with a 4xx status; an unexpected failure is a 500 with
 * {@code {"error":"internal"}} and the stack trace goes to the log, never to the client.
 */
public final class TagcatServer implements AutoCloseable {
    /** How long a stop waits for requests in flight. */
    static final long STOP_TIMEOUT_MS = 4_000; // within the 5 s the CLI gives a command to stop on SIGTERM
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private final Javalin app;
    private final ModelStore store;
    private final ServerOptions options;
    private final ServerMetrics metrics;
    private final AccessLog log;
    private AutoCloseable watcher;

    private TagcatServer(ModelStore store, ServerOptions options, PrintStream logTo, Clock clock) {
        this.store = store;
        this.options = options;
        this.metrics = new ServerMetrics();
        this.log = new AccessLog(logTo, options.jsonLog(), clock);
        Api api = new Api(store, options.limits());
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = options.limits().maxBodyBytes();
            config.jetty.host = options.host();
            // the work is CPU-bound: a few threads per core, not Jetty's 200, keep each one's scratch in cache
            QueuedThreadPool threads = new QueuedThreadPool(options.threads(), Math.min(4, options.threads()));
            threads.setName("tagcat-http");
            config.jetty.threadPool = threads;
            config.jetty.port = options.port();
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.setErrorHandler(new JsonErrorHandler());
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/tagcat/web";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
            config.requestLogger.http(this::logged);
            config.events.serverStarting(() -> app().jettyServer().server().insertHandler(new GracefulHandler()));

            config.routes.before(this::headers);
            config.routes.get("/health", api::health);
            config.routes.get("/metrics", ctx -> ctx.contentType(metrics.contentType()).result(metrics.scrape()));
            config.routes.get("/api/openapi.json", ctx -> Api.json(ctx, OPENAPI));
            config.routes.get("/api/model", api::model);
            config.routes.get("/api/categories", api::categories);
            config.routes.get("/api/categories/{id}", api::category);
            config.routes.get("/api/search", api::search);
            config.routes.get("/api/tags/{tag}", api::tag);
            config.routes.get("/api/map", api::map);
            config.routes.post("/api/suggest", api::suggest);
            config.routes.post("/api/assign", api::assign);
            config.routes.post("/admin/reload", this::reload);

            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage(), e.details()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    codeFor(e.getStatus()), messageFor(e.getStatus(), ctx), null));
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.event("internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
                e.printStackTrace(logTo);
                error(ctx, 500, "internal", "the server failed on this request; the log says why", null);
            });
            config.routes.error(404, ctx -> {
                if (!isError(ctx)) {
                    error(ctx, 404, "not_found", "no such page or endpoint: " + ctx.method() + " " + ctx.path(), null);
                }
            });
            config.routes.error(405, ctx -> {
                if (!isError(ctx)) {
                    error(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path(), null);
                }
            });
        });
    }

    private Javalin app() {
        return app;
    }

    /**
     * Builds the service (not started).
     *
     * @param logTo where the access log and service events go
     */
    public static TagcatServer create(ModelStore store, ServerOptions options, PrintStream logTo, Clock clock) {
        return new TagcatServer(store, options, logTo, clock);
    }

    /** Starts listening; {@link #port()} then says where (useful with port 0). */
    public TagcatServer start() {
        app.start();
        log.event("tagcat serving " + store.current().source + " on http://" + options.host() + ":" + port()
                + "/ (k = " + store.model().centroids().k() + ")");
        return this;
    }

    /** Reloads whenever the model file changes. */
    public TagcatServer watch() throws IOException {
        watcher = store.watch(this::reloaded);
        return this;
    }

    /** Writes out the buffered access log (tests read it). */
    void flushLog() {
        log.flush();
    }

    public int port() {
        return app.port();
    }

    /** Stops accepting, lets requests in flight finish (up to {@link #STOP_TIMEOUT_MS}), then stops. */
    @Override
    public void close() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (Exception e) {
                log.event("stopping the model watch: " + e.getMessage());
            }
        }
        app.stop();
        log.event("tagcat stopped");
        log.close();
    }

    private void reload(Context ctx) {
        if (options.token() == null) {
            throw ApiException.notFound("admin endpoints are off: start the server with --token");
        }
        String auth = ctx.header("Authorization");
        byte[] given = (auth == null ? "" : auth).getBytes(StandardCharsets.UTF_8);
        byte[] expected = ("Bearer " + options.token()).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expected)) {
            throw new ApiException(401, "unauthorized", "send the admin token: Authorization: Bearer TOKEN");
        }
        ModelStore.Reload r = store.reload();
        reloaded(r);
        if (!r.ok()) {
            throw new ApiException(409, "reload_failed", r.message());
        }
        Api.json(ctx, JsonNodeFactory.instance.objectNode().put("status", "reloaded").put("message", r.message()).toString());
    }

    private void reloaded(ModelStore.Reload r) {
        metrics.reload(r.ok());
        log.event(r.message());
    }

    private void headers(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        if (options.corsOrigin() != null) {
            ctx.header("Access-Control-Allow-Origin", options.corsOrigin()).header("Vary", "Origin");
        }
    }

    private void logged(Context ctx, Float ms) {
        String route = route(ctx);
        metrics.request(route, ctx.method().name(), ctx.statusCode(), ms / 1000.0);
        log.log(ctx.ip(), ctx.method().name(), ctx.path(), ctx.statusCode(), ms);
    }

    /** The route template ({@code /api/categories/{id}}), so metrics do not grow a series per id or tag. */
    private static String route(Context ctx) {
        try {
            Endpoint e = ctx.endpoints().matchedHttpEndpoint();
            if (e != null) {
                return e.path;
            }
        } catch (RuntimeException none) {
            // no endpoint matched: a static file or a 404
        }
        return ctx.statusCode() == 404 || ctx.statusCode() == 405 ? "unmatched" : "static";
    }

    private void error(Context ctx, int status, String code, String message, ObjectNode details) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("error", code).put("message", message);
        if (details != null) {
            details.fields().forEachRemaining(e -> {
                if (!o.has(e.getKey())) {
                    o.set(e.getKey(), e.getValue());
                }
            });
        }
        metrics.error(code);
        ctx.attribute("tagcat.error", true);
        ctx.status(status);
        Api.json(ctx, o.toString());
    }

    private static boolean isError(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute("tagcat.error"));
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal" : "bad_request";
        };
    }

    private String messageFor(int status, Context ctx) {
        return switch (status) {
            case 413 -> "the body is larger than " + options.limits().maxBodyBytes() + " bytes";
            case 404 -> "no such page or endpoint: " + ctx.method() + " " + ctx.path();
            case 405 -> ctx.method() + " is not allowed on " + ctx.path();
            default -> "the request was refused (" + status + ")";
        };
    }

    private static final String OPENAPI = resource("/tagcat/server/openapi.json");

    private static String resource(String name) {
        try (InputStream in = TagcatServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("reading " + name, e);
        }
    }
}
