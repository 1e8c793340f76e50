package nl.trefpunt.reservation.centre;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * core-service's centre API as reservation-service's tests need it, over real HTTP: {@code GET
 * /api/v1/centres/{id}} answers 200 for a centre registered in the tenant of the
 * {@code Trefpunt-Tenant} header, 404 otherwise, and 401 without the token of a service account. It can be made
 * to fail (503) or to hang, to test what happens when core-service cannot tell. One per test JVM;
 * every reservation-service context points at it ({@code META-INF/spring.factories}).
 */
public final class CoreServiceStandIn {

    /** Tenants every test uses; a centre made by {@link #knownCentre()} exists in each. */
    private static final Set<String> TEST_TENANTS = Set.of("arnhem", "oss", "hilversum", "zeist", "utrecht");

    private static final Map<String, Set<String>> CENTRES = new ConcurrentHashMap<>();
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static volatile Mode mode = Mode.ANSWERING;
    private static final String URL = start();

    /** How the stand-in behaves. */
    public enum Mode {
        ANSWERING,
        FAILING,
        HANGING
    }

    private CoreServiceStandIn() {}

    /** A new centre that exists in the given municipalities only. */
    public static String centreIn(String... tenants) {
        String id = UUID.randomUUID().toString();
        CENTRES.put(id, Set.of(tenants));
        return id;
    }

    /** A new centre that exists in every municipality the tests use (for tests about spaces, not centres). */
    public static String knownCentre() {
        String id = UUID.randomUUID().toString();
        CENTRES.put(id, TEST_TENANTS);
        return id;
    }

    public static void behave(Mode next) {
        mode = next;
    }

    public static int calls() {
        return CALLS.get();
    }

    public static String url() {
        return URL;
    }

    private static String start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/api/v1/centres/", exchange -> {
                CALLS.incrementAndGet();
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    if (mode == Mode.HANGING) {
                        Thread.sleep(10_000);
                    }
                    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                    String tenant = exchange.getRequestHeaders().getFirst("Trefpunt-Tenant");
                    String id = exchange.getRequestURI().getPath().substring("/api/v1/centres/".length());
                    int status;
                    if (mode == Mode.FAILING) {
                        status = 503;
                    } else if (!isServiceToken(authorization)) {
                        status = 401;
                    } else if (tenant != null
                            && CENTRES.getOrDefault(id, Set.of()).contains(tenant)) {
                        status = 200;
                    } else {
                        status = 404;
                    }
                    byte[] body =
                            status == 200 ? ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8) : new byte[0];
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                    if (body.length > 0) {
                        exchange.getResponseBody().write(body);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return "http://localhost:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the core-service stand-in", e);
        }
    }

    /**
     * Whether the caller sent a token of a service account ({@code platform-service}), as
     * reservation-service must: its own, never the person's it is serving. The signature is not
     * checked here; core-service checks it, and the token comes from the test issuer.
     */
    private static boolean isServiceToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3) {
            return false;
        }
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return claims.contains("\"platform-service\"") && claims.contains("service-account-trefpunt-services");
    }

    /** Points every reservation-service test context at the stand-in. */
    public static final class Wiring implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "core-service-stand-in",
                            Map.of(
                                    "trefpunt.service-calls.services.core-service",
                                    url(),
                                    "trefpunt.service-calls.read-timeout",
                                    "2s")));
        }
    }
}
