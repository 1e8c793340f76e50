package nl.trefpunt.platform.test.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiFuzzerTests {

    static {
        // The JDK's HttpServer otherwise waits for delayed ACKs: 40 ms a request instead of <1 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @Test
    void encodesLoneSurrogatesAsTheBytesACarelessClientSends() {
        assertThat(ApiFuzzer.encode("a b/é")).isEqualTo("a%20b%2F%C3%A9");
        assertThat(ApiFuzzer.encode("\ud800")).isEqualTo("%ED%A0%80");
        assertThat(ApiFuzzer.encode("🏠")).isEqualTo("%F0%9F%8F%A0");
        assertThat(ApiFuzzer.encode("\u0000")).isEqualTo("%00");
    }

    @Test
    void writesJsonThatOnlyEscapesCanCarry() {
        assertThat(JsonText.write(java.util.Map.of("name", "a\u0000\ud800\"🏠")))
                .isEqualTo("{\"name\":\"a\\u0000\\ud800\\\"🏠\"}");
        assertThat(JsonText.write(List.of(new JsonText.Raw("1e400"), true))).isEqualTo("[1e400,true]");
    }

    @Test
    void aReportNamesTheCallerButNeverShowsAToken() {
        Caller hirer = Caller.member("arnhem", "hirer");
        FuzzRequest request = new FuzzRequest(
                7,
                "GET /api/v1/centres",
                "GET",
                "/api/v1/centres?name=a%00b",
                hirer,
                List.<String[]>of(new String[] {"Authorization", "Bearer " + hirer.token() + "x"}),
                "{\"name\":\"" + "a".repeat(5_000) + "\u0000\"}",
                Set.of("NUL"));

        String described = request.describe("http://localhost:8080");

        assertThat(described)
                .contains("GET http://localhost:8080/api/v1/centres?name=a%00b")
                .contains("<token of member of arnhem with role hirer>")
                .contains("<'a' x 5000>")
                .contains("\\u0000")
                .doesNotContain(hirer.token().substring(0, 20));
    }

    @Test
    void anErrorIsProblemJsonOnlyWithTheMediaTypeATitleAndTheSameStatus() {
        assertThat(ApiFuzzer.problemJsonFault(
                        answer(400, "application/problem+json", "{\"status\":400,\"title\":\"x\"}")))
                .isNull();
        assertThat(ApiFuzzer.problemJsonFault(answer(400, "text/html;charset=utf-8", "<html>")))
                .contains("Content-Type");
        assertThat(ApiFuzzer.problemJsonFault(
                        answer(404, "application/problem+json", "{\"status\":400,\"title\":\"x\"}")))
                .contains("status");
        assertThat(ApiFuzzer.problemJsonFault(answer(400, "application/problem+json", "")))
                .isNotNull();
    }

    private static FuzzRequest.Answer answer(int status, String contentType, String body) {
        return new FuzzRequest.Answer(status, contentType, "1.0.0", body, null);
    }

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "Echo"},
             "servers": [{"url": "https://{host}/{tenant}/api/v1"}],
             "paths": {
               "/rooms": {
                 "get": {"parameters": [{"name": "capacity", "in": "query",
                          "schema": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 100}}]},
                 "post": {"requestBody": {"required": true, "content": {"application/json": {"schema":
                          {"$ref": "#/components/schemas/Room"}}}}}},
               "/rooms/{roomId}": {
                 "get": {"parameters": [{"name": "roomId", "in": "path", "required": true,
                          "schema": {"type": "string", "format": "uuid"}}]}}},
             "components": {"schemas": {"Room": {"type": "object", "required": ["name"], "properties": {
               "name": {"type": "string", "maxLength": 20},
               "opens": {"type": "string", "format": "date"},
               "tags": {"type": "array", "items": {"type": "string", "enum": ["zaal", "keuken"]}}}}}}}
            """;

    @Test
    void theSameSeedSendsTheSameRequestsAndServesPathsBelowTheServerUrl() throws IOException {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();

        fuzzRecording(first, 7);
        fuzzRecording(second, 7);

        assertThat(first).hasSize(200).isEqualTo(second);
        // Served below the server URL's path, without the {tenant} segment the gateway adds.
        assertThat(first)
                .allMatch(request -> request.split(" ")[1].toLowerCase().startsWith("/api/v1"));
        List<String> third = new ArrayList<>();
        fuzzRecording(third, 8);
        assertThat(third).isNotEqualTo(first);
    }

    @Test
    void aServiceThatFailsOnABoundaryValueFailsTheRun() throws IOException {
        HttpServer server = server(Collections.synchronizedList(new ArrayList<>()), true);
        try {
            Throwable failure = catchThrowable(() -> ApiFuzzer.at(url(server))
                    .callers(List.of(Caller.member("arnhem", "hirer")))
                    .requests(600)
                    .run());
            assertThat(failure)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("500 server error: GET /api/v1/rooms (");
            assertThat(failure.getMessage())
                    .containsPattern("GET http://localhost:\\d+/api/v1/rooms\\?capacity=(9[1-9]|100)\\b");
        } finally {
            server.stop(0);
        }
    }

    private static void fuzzRecording(List<String> recorded, long seed) throws IOException {
        HttpServer server = server(Collections.synchronizedList(recorded), false);
        try {
            // Answers 200 to everyone, so the run fails (success without a token): only the requests matter here.
            catchThrowable(
                    () -> ApiFuzzer.at(url(server)).requests(200).seed(seed).run());
        } finally {
            server.stop(0);
        }
    }

    private static String url(HttpServer server) {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Serves the document and answers every other request; with {@code planted}, 500 for a capacity above 90. */
    private static HttpServer server(List<String> recorded, boolean planted) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String uri = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery());
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = 200;
            String answer = "{}";
            if (uri.equals("/api/v1/openapi.json")) {
                answer = DOCUMENT;
            } else {
                recorded.add(exchange.getRequestMethod() + " " + uri + " "
                        + exchange.getRequestHeaders().get("Trefpunt-Tenant") + " "
                        + new String(body, StandardCharsets.UTF_8));
                if (planted && uri.matches(".*capacity=(9[1-9]|100)(&.*)?")) {
                    status = 500;
                }
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("API-Version", "1.0.0");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }
}
