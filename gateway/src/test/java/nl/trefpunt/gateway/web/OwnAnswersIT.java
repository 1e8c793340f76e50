package nl.trefpunt.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.trefpunt.gateway.support.BrowserHttp;
import nl.trefpunt.gateway.support.GatewayIntegrationTest;
import nl.trefpunt.gateway.support.RawHttp;
import nl.trefpunt.gateway.support.StubBackends;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every answer the gateway gives itself has a body: problem+json with {@code API-Version} on API
 * paths, the error page in the shell otherwise, in Dutch unless the caller chose English. Before,
 * path tricks, a too-long URI and too-large headers got an empty body.
 */
@GatewayIntegrationTest
class OwnAnswersIT {

    private static final StubBackends backends = StubBackends.get();
    private static final HttpClient http = BrowserHttp.client().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void answersPathTricksWithABadRequestProblem() {
        String token = TestTokens.member("arnhem", "municipality-admin");
        for (String trick :
                new String[] {"/arnhem%2F..%2Foss/api/v1/centres", "/..;/oss/api/v1/centres", "/arnhem;x/api/v1/centres"
                }) {
            RawHttp.Answer answer = RawHttp.send(
                    port,
                    "GET " + trick + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                            + "\r\nAccept: application/json\r\nConnection: close");

            assertThat(answer.status()).as(trick).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(trick).startsWith("application/problem+json");
            assertThat(answer.header("API-Version")).as(trick).isEqualTo("1.0.0");
            assertThat(problem(answer.body()).get("title").asText()).isEqualTo("Ongeldig adres");
            assertThat(problem(answer.body()).get("status").asInt()).isEqualTo(400);
        }
        assertThat(backends.anyArrived("/api/v1/centres")).isFalse();
    }

    @Test
    void showsBrowsersAPageForAPathTrickInTheirLanguage() {
        RawHttp.Answer dutch = RawHttp.send(
                port, "GET /arnhem;x/centra HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close");
        RawHttp.Answer english = RawHttp.send(
                port,
                "GET /arnhem;x/centra HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                        + "Cookie: trefpunt-taal=en\r\nConnection: close");

        assertThat(dutch.status()).isEqualTo(400);
        assertThat(dutch.header("Content-Type")).startsWith("text/html");
        assertThat(dutch.body()).contains("<html lang=\"nl\"", "Ongeldig adres", "Naar de inhoud");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).contains("<html lang=\"en\"", "Invalid address", "Skip to content");
    }

    @Test
    void answersATooLongUriWithAProblem() {
        String uri = "/arnhem/api/v1/centres?q=" + "a".repeat(10_000);

        RawHttp.Answer answer = RawHttp.send(port, "GET " + uri + " HTTP/1.1\r\nHost: localhost\r\nConnection: close");

        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("API-Version")).isEqualTo("1.0.0");
        assertThat(problem(answer.body()).get("title").asText()).isEqualTo("Adres te lang");
    }

    @Test
    void answersTooLargeHeadersWithAProblemOnApiPathsAndAPageOtherwise() {
        String big = "X-Groot: " + "b".repeat(20_000);

        RawHttp.Answer api = RawHttp.send(
                port,
                "GET /arnhem/api/v1/centres?lang=en HTTP/1.1\r\nHost: localhost\r\n" + big + "\r\nConnection: close");
        RawHttp.Answer page = RawHttp.send(
                port, "GET /arnhem/centra HTTP/1.1\r\nHost: localhost\r\n" + big + "\r\nConnection: close");

        assertThat(api.status()).isEqualTo(431);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.header("API-Version")).isEqualTo("1.0.0");
        assertThat(problem(api.body()).get("title").asText()).isEqualTo("Headers too large");
        assertThat(page.status()).isEqualTo(431);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"nl\"", "Kopregels te groot", "/css/trefpunt.css");
    }

    @Test
    void refusesTooManyQueryParameters() {
        StringBuilder query = new StringBuilder("?");
        for (int i = 0; i < 101; i++) {
            query.append("p").append(i).append("=1&");
        }
        String id = UUID.randomUUID().toString();

        Api.Response response =
                Api.on(port).as(TestTokens.member("arnhem", "hirer")).get("/arnhem/api/v1/centres/" + id + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("Te veel parameters");
        assertThat(backends.anyArrived(id)).isFalse();
    }

    @Test
    void speaksEnglishToApiClientsThatAskForIt() {
        Api.Response unknown = Api.on(port)
                .as(TestTokens.platformAdmin())
                .header("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5")
                .get("/atlantis/api/v1/centres");
        Api.Response unauthenticated =
                Api.on(port).header("Accept-Language", "en").get("/arnhem/api/v1/centres");
        Api.Response dutchByDefault = Api.on(port).get("/arnhem/api/v1/centres");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("title").asText()).isEqualTo("Municipality not found");
        assertThat(unknown.header("Content-Language")).isEqualTo("en");
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.json().get("title").asText()).isEqualTo("Not signed in");
        assertThat(unauthenticated.header("API-Version")).isEqualTo("1.0.0");
        assertThat(dutchByDefault.json().get("title").asText()).isEqualTo("Niet aangemeld");
    }

    @Test
    void wordsMethodAndMediaTypeRefusalsInTheCallersLanguage() throws Exception {
        HttpResponse<String> notAllowed = http.send(
                BrowserHttp.request(URI.create("http://localhost:" + port + "/?lang=en"))
                        .header("Accept", "text/html")
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> notAcceptable = http.send(
                BrowserHttp.request(URI.create("http://localhost:" + port + "/"))
                        .header("Accept", "application/x-onbekend")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(notAllowed.statusCode()).isEqualTo(405);
        assertThat(notAllowed.body()).contains("<html lang=\"en\"", "Method not allowed");
        assertThat(notAcceptable.statusCode()).isEqualTo(406);
        assertThat(notAcceptable.body()).contains("Vorm niet beschikbaar");
    }

    @Test
    void keepsTheLanguageChosenWithLangInACookie() throws Exception {
        HttpResponse<String> landing = http.send(
                BrowserHttp.request(URI.create("http://localhost:" + port + "/?lang=en"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(landing.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("trefpunt-taal=en").contains("Path=/"));
        assertThat(landing.body()).contains("<html lang=\"en\"", "Welcome to Trefpunt", "Log in");
    }

    private static JsonNode problem(String body) {
        return JSON.readTree(body);
    }
}
