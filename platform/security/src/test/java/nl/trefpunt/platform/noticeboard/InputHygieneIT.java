package nl.trefpunt.platform.noticeboard;

import static nl.trefpunt.platform.test.ProblemAssertions.assertProblem;
import static nl.trefpunt.platform.test.ProblemAssertions.invalidParamNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * What people and attackers send that PostgreSQL or a person cannot take, or that is too large,
 * is refused with a 4xx problem+json naming what is wrong, in the caller's language; nothing is
 * stored and nothing answers 500.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "trefpunt.web.limits.max-body=64KB")
class InputHygieneIT {

    static final String NOTICES = "/api/v1/notices";

    @LocalServerPort
    int port;

    Api arnhem;

    @BeforeEach
    void provision() {
        Api.on(port).as(TestTokens.service()).put("/internal/tenants/arnhem", "");
        arnhem = Api.on(port)
                .as(TestTokens.member("arnhem", "municipality-staff"))
                .tenant("arnhem");
    }

    @Test
    void refusesNulAndOtherControlCharactersInJsonNamingTheField() {
        int before = notices();
        for (String text : List.of("Soep\\u0000", "Bel\\u0007", "\\u001b[31mrood", "C1\\u0085", "half \\ud800 teken")) {
            Api.Response refused = arnhem.postRaw(NOTICES, "application/json", "{\"text\": \"" + text + "\"}");

            assertProblem(refused, 400);
            assertThat(invalidParamNames(refused.json())).as(text).containsExactly("text");
        }
        assertThat(notices()).isEqualTo(before);
    }

    @Test
    void acceptsTextInAnyScriptWithEmojiTabsAndNewlines() {
        Api.Response created = arnhem.post(NOTICES, Map.of("text", "Koffie ☕ in het دار الحي\tmet 👩🏽‍🍳\nen Ω"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void refusesNulInAQueryParameterNamingIt() {
        Api.Response refused = arnhem.get(NOTICES + "?query=a%00b");

        assertProblem(refused, 400);
        assertThat(invalidParamNames(refused.json())).containsExactly("query");
        assertThat(refused.json().get("instance").asString()).isEqualTo(NOTICES);
        Api.Response behindGateway =
                arnhem.header("X-Forwarded-Prefix", "/arnhem").get(NOTICES + "?query=a%00b");
        assertThat(behindGateway.json().get("instance").asString()).isEqualTo("/arnhem" + NOTICES);
    }

    @Test
    void refusesAParameterWithAnUnusualNameInsteadOfFailing() {
        for (String query : List.of("%E0%AF%BC=1", "%00=1", "a%0Ab=1", "%ED%A0%80=x")) {
            assertProblem(arnhem.get(NOTICES + "?" + query), 400);
        }
    }

    @Test
    void refusesNulInAFormField() {
        Api.Response refused = arnhem.postForm(NOTICES, Map.of("text", "Soep\u0000"));

        assertProblem(refused, 400);
        assertThat(invalidParamNames(refused.json())).containsExactly("text");
    }

    @Test
    void pathTricksAreRefusedWithABody() {
        for (String path : List.of("/api/v1;x/notices", "/api/v1/notices/%2e%2e/notices", "/api/v1//notices")) {
            Api.Response refused = arnhem.get(path);

            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.contentType()).as(path).startsWith("application/problem+json");
            assertThat(refused.json().get("title").asString()).isNotBlank();
        }
    }

    @Test
    void aHeaderWithAControlCharacterIsABadRequest() throws IOException {
        // Tomcat takes bytes 0x80-0xFF in header values; the firewall refuses U+0085 once read.
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + NOTICES + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Authorization: Bearer " + TestTokens.member("arnhem", "municipality-staff") + "\r\n"
                            + "Trefpunt-Tenant: arnhem\r\nConnection: close\r\nAccept: application/json\u0085\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).contains("application/problem+json", "API-Version: 1.0.0");
        }
    }

    @Test
    void answersInEnglishWhenAskedAndInDutchOtherwise() {
        Api.Response dutch = arnhem.postRaw(NOTICES, "text/plain", "hallo");
        Api.Response english =
                arnhem.header("Accept-Language", "en-GB,en;q=0.9").postRaw(NOTICES, "text/plain", "hi");
        Api.Response englishInvalid =
                arnhem.header("Accept-Language", "en").postRaw(NOTICES, "application/json", "{\"text\": \"a\\u0000\"}");

        assertProblem(dutch, 415);
        assertThat(dutch.json().get("title").asString()).isEqualTo("Vorm niet ondersteund");
        assertThat(dutch.json().get("detail").asString()).contains("wordt hier niet ondersteund");
        assertProblem(english, 415);
        assertThat(english.json().get("title").asString()).isEqualTo("Form not supported");
        assertThat(englishInvalid.json().get("title").asString()).isEqualTo("Invalid input");
        assertThat(englishInvalid
                        .json()
                        .get("invalidParams")
                        .get(0)
                        .get("reason")
                        .asString())
                .contains("not allowed");
    }

    @Test
    void refusesADeclaredBodyOverTheLimitBeforeReadingIt() throws IOException {
        // 100 MB announced, a few bytes sent: the answer comes without waiting for the rest.
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + NOTICES + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Authorization: Bearer " + TestTokens.member("arnhem", "municipality-staff") + "\r\n"
                            + "Trefpunt-Tenant: arnhem\r\nContent-Type: application/json\r\n"
                            + "Accept: application/json\r\nContent-Length: 104857600\r\n\r\n{\"text\": \"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readUntil(socket.getInputStream(), "\"status\":413");

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("application/problem+json", "API-Version: 1.0.0", "\"status\":413");
        }
    }

    @Test
    void refusesAChunkedBodyThatGrowsOverTheLimit() throws Exception {
        byte[] large = ("{\"text\": \"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + NOTICES))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestTokens.member("arnhem", "municipality-staff"))
                .header("Trefpunt-Tenant", "arnhem")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                // No length known in advance: sent chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(large)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
    }

    @Test
    void refusesDeeplyNestedJson() {
        String deep = "{\"text\": " + "[".repeat(1000) + "]".repeat(1000) + "}";

        Api.Response refused = arnhem.postRaw(NOTICES, "application/json", deep);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    /** What the server has sent once it contains {@code expected} (or ended, or 10 s passed). */
    private static String readUntil(InputStream in, String expected) throws IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        int n;
        while (!answer.toString().contains(expected) && (n = in.read(buffer)) > 0) {
            answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return answer.toString();
    }

    private int notices() {
        return arnhem.get(NOTICES).json().size();
    }
}
