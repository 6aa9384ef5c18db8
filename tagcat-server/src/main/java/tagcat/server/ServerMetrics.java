package tagcat.server;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * {@code GET /metrics} in the Prometheus text format: requests and latency per route and status, errors by
 * code, model reloads by outcome. One registry per server (no global default registry), so two servers
 * in one JVM (tests) count apart.
 */
final class ServerMetrics {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests = Counter.builder().name("tagcat_http_requests")
            .help("HTTP requests by route, method and status").labelNames("route", "method", "status").register(registry);
    private final Histogram latency = Histogram.builder().name("tagcat_http_request_duration_seconds")
            .help("Time to answer, by route").labelNames("route").classicOnly()
            .classicUpperBounds(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5)
            .register(registry);
    private final Counter errors = Counter.builder().name("tagcat_http_errors")
            .help("Requests answered with an error document, by error code").labelNames("code").register(registry);
    private final Counter reloads = Counter.builder().name("tagcat_model_reloads")
            .help("Model reloads by outcome (ok: swapped in; failed: old model kept)").labelNames("result").register(registry);
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    void request(String route, String method, int status, double seconds) {
        requests.labelValues(route, method, Integer.toString(status)).inc();
        latency.labelValues(route).observe(seconds);
    }

    void error(String code) {
        errors.labelValues(code).inc();
    }

    void reload(boolean ok) {
        reloads.labelValues(ok ? "ok" : "failed").inc();
    }

    String contentType() {
        return writer.getContentType();
    }

    byte[] scrape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out, registry.scrape());
        return out.toByteArray();
    }
}
