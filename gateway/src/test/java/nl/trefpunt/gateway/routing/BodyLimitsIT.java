package nl.trefpunt.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.trefpunt.gateway.support.GatewayIntegrationTest;
import nl.trefpunt.gateway.support.RawHttp;
import nl.trefpunt.gateway.support.StubBackends;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bodies over the route's maximum are refused with 413 before they reach a service and without
 * the gateway reading them: 1 MB by default, 10 MB on the upload route {@code tenant-pages}.
 */
@GatewayIntegrationTest
class BodyLimitsIT {

    private static final StubBackends backends = StubBackends.get();
    private static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;

    private static String post(String path, String framing) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.member("arnhem", "municipality-admin") + "\r\nContent-Type: application/json\r\n"
                + framing;
    }

    @Test
    void refusesADeclaredTenMegabytesBeforeReadingThem() {
        String id = UUID.randomUUID().toString();

        // Declares 10 MB, sends 64 kB and waits: the answer must not wait for the rest.
        RawHttp.Answer answer = RawHttp.send(
                port,
                post("/arnhem/api/v1/centres/" + id, "Content-Length: " + 10 * MB),
                RawHttp.bytes(64 * 1024, false));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("API-Version")).isEqualTo("1.0.0");
        assertThat(answer.body()).contains("\"title\":\"Verzoek te groot\"", "1 MB");
        assertThat(backends.anyArrived(id)).isFalse();
    }

    @Test
    void cutsOffAChunkedBodyAtTheLimit() {
        String id = UUID.randomUUID().toString();

        RawHttp.Answer answer = RawHttp.send(
                port,
                post("/arnhem/api/v1/centres/" + id, "Transfer-Encoding: chunked"),
                RawHttp.bytes(MB + 256 * 1024, true)); // never sends the final chunk

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"title\":\"Verzoek te groot\"");
        assertThat(backends.anyReceived(r -> r.path().endsWith(id)))
                .as("no backend got the whole body")
                .isFalse();
    }

    @Test
    void showsBrowsersAPageForATooLargeForm() {
        String id = UUID.randomUUID().toString();

        RawHttp.Answer answer = RawHttp.send(
                port,
                "POST /arnhem/centra/" + id + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + TestTokens.member("arnhem", "municipality-admin")
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nCookie: trefpunt-taal=en\r\n"
                        + "Content-Length: " + 2 * MB,
                RawHttp.bytes(1024, false));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("<html lang=\"en\"", "Request too large", "1 MB");
        assertThat(backends.anyArrived(id)).isFalse();
    }

    @Test
    void passesBodiesWithinTheLimitWholeAndTakesLargerOnesOnTheUploadRoute() {
        String small = UUID.randomUUID().toString();
        String upload = UUID.randomUUID().toString();

        RawHttp.Answer json =
                RawHttp.send(port, post("/arnhem/api/v1/centres/" + small, "Transfer-Encoding: chunked"), out -> {
                    RawHttp.bytes(512 * 1024, true).accept(out);
                    try {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        RawHttp.Answer beheer = RawHttp.send(
                port, post("/arnhem/beheer/" + upload, "Content-Length: " + 3 * MB), RawHttp.bytes(3 * MB, false));

        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(backends.receivedEndingWith(small).bodyBytes()).isEqualTo(512 * 1024);
        assertThat(beheer.status()).as(beheer.body()).isEqualTo(200);
        assertThat(backends.receivedEndingWith(upload).bodyBytes()).isEqualTo(3 * MB);
    }
}
