package nl.trefpunt.gateway.bench;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.trefpunt.platform.test.TestTokens;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The backend side of {@code gateway/bench/run.sh}: one process that plays a service (a fixed
 * JSON list of centres at {@code /api/v1/centres}), tenant-service's internal API and Keycloak's
 * token endpoint, and whose token issuer ({@link TestTokens}) the gateway trusts. Reactor Netty,
 * so the backend is cheap and the measured difference is the gateway's. Prints what the script
 * needs as {@code KEY=value} lines, then serves until killed.
 */
public final class BenchBackend {

    private static final byte[] CENTRES = centres();

    private BenchBackend() {}

    public static void main(String[] args) {
        String serviceToken = TestTokens.service();
        DisposableServer server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .route(routes -> routes.get(
                                "/api/v1/centres",
                                (request, response) -> json(response.header("API-Version", "1.0.0"), CENTRES))
                        .get(
                                "/internal/tenants/{slug}",
                                (request, response) -> json(
                                        response,
                                        ("{\"slug\":\"" + request.param("slug") + "\",\"name\":\"Gemeente "
                                                        + request.param("slug")
                                                        + "\",\"gemeentecode\":\"GM0202\",\"status\":\"ACTIVE\"}")
                                                .getBytes(StandardCharsets.UTF_8)))
                        .post(
                                "/realms/trefpunt/protocol/openid-connect/token",
                                (request, response) -> request.receive()
                                        .then()
                                        .then(Mono.defer(() -> Mono.from(json(
                                                response,
                                                ("{\"access_token\":\"" + serviceToken
                                                                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                                                        .getBytes(StandardCharsets.UTF_8)))))))
                .bindNow();
        String issuer = TestTokens.issuer();
        System.out.println("PORT=" + server.port());
        System.out.println("ISSUER=" + issuer);
        System.out.println("JWKS=" + issuer + "/protocol/openid-connect/certs");
        System.out.println("TOKEN=" + TestTokens.token("bench", List.of("arnhem"), List.of("hirer"), 7200));
        System.out.println("PID=" + ProcessHandle.current().pid());
        System.out.flush();
        server.onDispose().block();
    }

    private static org.reactivestreams.Publisher<Void> json(HttpServerResponse response, byte[] body) {
        return response.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
                .header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(body.length))
                .send(Mono.just(Unpooled.wrappedBuffer(body)));
    }

    /** About 1 kB of JSON, the size of a short page of centres. */
    private static byte[] centres() {
        String[] names = {
            "Wijkcentrum De Klarendalse Kracht",
            "Buurthuis Presikhaaf",
            "MFC Malburgen",
            "Het Dorpshuis Schaarsbergen",
            "Wijkcentrum Geitenkamp",
            "Buurthuis Het Spijkerhuis",
            "De Wasbeek",
            "Wijkcentrum Elderveld"
        };
        StringBuilder json = new StringBuilder("{\"centres\":[");
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"id\":\"")
                    .append(i + 1)
                    .append("\",\"name\":\"")
                    .append(names[i])
                    .append("\",\"type\":\"WIJKCENTRUM\",\"district\":\"WK020200")
                    .append(i)
                    .append("\"}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
