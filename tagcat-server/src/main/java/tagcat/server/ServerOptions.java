package tagcat.server;

/**
 * How the service runs. {@link #defaults()} is safe: loopback only, no admin endpoints, no CORS.
 *
 * @param host       the address to bind; 127.0.0.1 unless told otherwise
 * @param port       the port; 0 picks a free one (tests)
 * @param token      the bearer token for {@code /admin/*}, or null: admin endpoints then answer 404
 * @param corsOrigin the one origin allowed cross-origin requests, or null for none
 * @param jsonLog    access log as JSON lines instead of text lines
 * @param limits     what one request may carry
 * @param threads    HTTP threads at most (Jetty's acceptor and selectors included)
 */
public record ServerOptions(String host, int port, String token, String corsOrigin, boolean jsonLog, Limits limits,
                            int threads) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServerOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be given");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (token != null && token.length() < 16) {
            throw new IllegalArgumentException("the admin token must have at least 16 characters");
        }
        if (threads < 8) {
            throw new IllegalArgumentException("threads must be at least 8 (Jetty keeps some for accepting), got " + threads);
        }
        if (limits == null) {
            throw new IllegalArgumentException("limits must be given");
        }
    }

    public static ServerOptions defaults() {
        return new ServerOptions(LOOPBACK, DEFAULT_PORT, null, null, false, Limits.defaults(), defaultThreads());
    }

    /** 8 per core, at least 16: enough to overlap a slow client, few enough to keep the work in cache. */
    public static int defaultThreads() {
        return Math.max(16, 8 * Runtime.getRuntime().availableProcessors());
    }

    public ServerOptions withHost(String v) {
        return new ServerOptions(v, port, token, corsOrigin, jsonLog, limits, threads);
    }

    public ServerOptions withPort(int v) {
        return new ServerOptions(host, v, token, corsOrigin, jsonLog, limits, threads);
    }

    public ServerOptions withToken(String v) {
        return new ServerOptions(host, port, v, corsOrigin, jsonLog, limits, threads);
    }

    public ServerOptions withCorsOrigin(String v) {
        return new ServerOptions(host, port, token, v, jsonLog, limits, threads);
    }

    public ServerOptions withJsonLog(boolean v) {
        return new ServerOptions(host, port, token, corsOrigin, v, limits, threads);
    }

    public ServerOptions withLimits(Limits v) {
        return new ServerOptions(host, port, token, corsOrigin, jsonLog, v, threads);
    }

    public ServerOptions withThreads(int v) {
        return new ServerOptions(host, port, token, corsOrigin, jsonLog, limits, v);
    }

    /** Whether the host is reachable from other machines (the CLI warns). */
    public boolean exposed() {
        return !(host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1"));
    }
}
