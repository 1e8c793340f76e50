package nl.trefpunt.tenant.registry.stubs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a loopback port, standing in for a process tenant-service talks to. It can
 * be stopped and started again on the same port, to play a service that is down for a while.
 */
public abstract class StubServer {

    /** One request as the stub received it. */
    public record Received(String method, String path, String query, String authorization, String body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final int port;
    private HttpServer server;

    StubServer() {
        this.port = bind(0).getAddress().getPort();
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void forget() {
        received.clear();
    }

    /** Stops listening: connections to the port are refused. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Listens again on the same port. */
    public synchronized void up() {
        if (server == null) {
            bind(port);
        }
    }

    private synchronized HttpServer bind(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Stub could not listen on port " + onPort, e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Received request = new Received(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getPath(),
                        exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        body);
                received.add(request);
                handle(request, exchange);
            } catch (RuntimeException e) {
                e.printStackTrace();
                respond(exchange, 500, "text/plain", String.valueOf(e));
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    abstract void handle(Received request, HttpExchange exchange) throws IOException;

    static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
