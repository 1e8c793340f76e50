package nl.trefpunt.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The three services and tenant-service's internal API, played by the JDK's HTTP server: each
 * records what reached it and answers with what it saw. Started once per test JVM.
 */
public final class StubBackends {

    /** What tenant-service knows: three active municipalities and one that merged away. */
    public static final List<Map<String, String>> TENANTS = List.of(
            Map.of("slug", "arnhem", "name", "Gemeente Arnhem", "gemeentecode", "GM0202", "status", "ACTIVE"),
            Map.of("slug", "oss", "name", "Gemeente Oss", "gemeentecode", "GM0828", "status", "ACTIVE"),
            Map.of("slug", "hilversum", "name", "Gemeente Hilversum", "gemeentecode", "GM0402", "status", "ACTIVE"),
            Map.of("slug", "leerdam", "name", "Gemeente Leerdam", "gemeentecode", "GM0545", "status", "OFFBOARDED"));

    /** The version a real service would send; the gateway must not add its own next to it. */
    public static final String SERVICE_API_VERSION = "1.2.3";

    private static StubBackends started;

    public final StubKeycloak keycloak;
    private final HttpServer tenant;
    private final HttpServer core;
    private final HttpServer reservation;
    private final ConcurrentLinkedDeque<Recorded> received = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<String> arrived = new ConcurrentLinkedDeque<>();
    public final AtomicInteger tenantLookups = new AtomicInteger();

    private StubBackends() {
        keycloak = new StubKeycloak();
        tenant = server("tenant");
        core = server("core");
        reservation = server("reservation");
    }

    public static synchronized StubBackends get() {
        if (started == null) {
            started = new StubBackends();
        }
        return started;
    }

    public String tenantUrl() {
        return url(tenant);
    }

    public String coreUrl() {
        return url(core);
    }

    public String reservationUrl() {
        return url(reservation);
    }

    /** The request a backend received whose path ends with {@code marker}, waiting briefly for it. */
    public Recorded receivedEndingWith(String marker) {
        return awaitReceived(r -> r.path().endsWith(marker))
                .orElseThrow(() -> new AssertionError("No backend received a request ending with " + marker
                        + "; received: " + received.stream().map(Recorded::path).toList()));
    }

    /** Whether any request reached a backend whose path ends with {@code marker}, even one cut off. */
    public boolean anyArrived(String marker) {
        return arrived.stream().anyMatch(path -> path.endsWith(marker));
    }

    public boolean anyReceived(Predicate<Recorded> condition) {
        return received.stream().anyMatch(condition);
    }

    private Optional<Recorded> awaitReceived(Predicate<Recorded> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(2));
        do {
            Optional<Recorded> found = received.stream().filter(condition).findFirst();
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        } while (Instant.now().isBefore(deadline));
        return Optional.empty();
    }

    private HttpServer server(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", exchange -> {
                try (exchange) {
                    if (service.equals("tenant")
                            && exchange.getRequestURI().getPath().startsWith("/internal/")) {
                        internalApi(exchange);
                    } else {
                        echo(service, exchange);
                    }
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path ending like this makes the service hang up without answering. */
    public static final String HANG_UP = "/verbinding-verbroken";

    private void echo(String service, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.endsWith(HANG_UP)) {
            throw new IOException("hanging up on purpose"); // the JDK server closes the connection
        }
        arrived.add(path);
        // Recorded once the whole body has arrived: a body cut off on the way is never "received".
        long bodyBytes = exchange.getRequestBody().transferTo(java.io.OutputStream.nullOutputStream());
        received.add(new Recorded(
                service,
                exchange.getRequestMethod(),
                path,
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                bodyBytes));
        exchange.getResponseHeaders().set("API-Version", SERVICE_API_VERSION);
        if (path.endsWith(".css")) { // as the services answer their stylesheets
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=300");
        }
        respond(exchange, 200, "application/json", "{\"service\":\"" + service + "\",\"path\":\"" + path + "\"}");
    }

    /** {@code GET /internal/tenants[/{slug}]}, only for the gateway's service token. */
    private void internalApi(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.equals("Bearer " + keycloak.serviceToken())) {
            respond(exchange, 401, "application/problem+json", "{\"status\":401}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/internal/tenants")) {
            respond(exchange, 200, "application/json", json(TENANTS));
            return;
        }
        tenantLookups.incrementAndGet();
        String slug = path.substring("/internal/tenants/".length());
        Optional<Map<String, String>> tenant =
                TENANTS.stream().filter(t -> t.get("slug").equals(slug)).findFirst();
        if (tenant.isPresent()) {
            respond(
                    exchange,
                    200,
                    "application/json",
                    json(List.of(tenant.get())).replaceAll("^\\[|\\]$", ""));
        } else {
            respond(exchange, 404, "application/problem+json", "{\"status\":404}");
        }
    }

    static String json(List<Map<String, String>> objects) {
        StringBuilder out = new StringBuilder("[");
        for (Map<String, String> object : objects) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('{');
            boolean first = true;
            for (var entry : object.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append('"')
                        .append(entry.getKey())
                        .append("\":\"")
                        .append(entry.getValue())
                        .append('"');
            }
            out.append('}');
        }
        return out.append(']').toString();
    }

    static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // One connection per request: the JDK server's keep-alive handling once left the gateway's
        // pooled connection waiting forever for an answer (a hang of the test, not of the gateway).
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
