package nl.trefpunt.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.trefpunt.gateway.support.BrowserHttp;
import nl.trefpunt.gateway.support.GatewayIntegrationTest;
import nl.trefpunt.gateway.support.Recorded;
import nl.trefpunt.gateway.support.StubBackends;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser's way through the gateway: login at (stub) Keycloak with authorization code + PKCE,
 * a server-side session whose access token is relayed to the services, and a logout that ends the
 * Keycloak session too.
 */
@GatewayIntegrationTest
class BrowserLoginIT {

    private static final StubBackends backends = StubBackends.get();

    @LocalServerPort
    int port;

    private HttpClient browser;
    private String accessToken;

    @BeforeEach
    void setUp() {
        browser = BrowserHttp.client()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        accessToken = TestTokens.member("arnhem", "municipality-admin");
    }

    @Test
    void logsInWithPkceAndRelaysTheSessionsTokenToServices() throws Exception {
        String page = "/arnhem/centra/" + UUID.randomUUID();

        String returnedTo = logIn(page);

        assertThat(returnedTo).endsWith(page);
        HttpResponse<String> shown = get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        Recorded seen = backends.receivedEndingWith(page.substring(page.lastIndexOf('/')));
        assertThat(seen.header("Authorization")).isEqualTo("Bearer " + accessToken);
        assertThat(seen.header("Trefpunt-Tenant")).isEqualTo("arnhem");
        assertThat(String.join(";", seen.headerValues("Cookie"))).doesNotContain("SESSION");
    }

    @Test
    void showsTheLandingPageAndRefusesAnotherTenantAfterLogin() throws Exception {
        logIn("/");

        HttpResponse<String> landing = get("/");
        HttpResponse<String> oss = get("/oss/centra");

        assertThat(landing.body()).contains("href=\"/arnhem/centra\"", "Gemeente Arnhem", "Uitloggen");
        assertThat(landing.body()).doesNotContain("Gemeente Oss");
        assertThat(oss.statusCode()).isEqualTo(403);
        assertThat(oss.body()).contains("Geen toegang tot deze gemeente");
    }

    @Test
    void logsOutOfKeycloakToo() throws Exception {
        logIn("/arnhem/centra");

        HttpResponse<String> logout = browser.send(
                BrowserHttp.request(gateway("/logout"))
                        .header("Origin", "http://localhost:" + port)
                        .header("Sec-Fetch-Site", "same-origin")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(logout.statusCode()).isEqualTo(302);
        URI endSession = URI.create(location(logout));
        assertThat(endSession.getPath()).isEqualTo("/realms/trefpunt/protocol/openid-connect/logout");
        Map<String, String> query = query(endSession);
        assertThat(query).containsKey("id_token_hint");
        assertThat(query.get("post_logout_redirect_uri")).isEqualTo("http://localhost:" + port + "/");
        assertThat(get("/arnhem/centra").statusCode()).as("session ended").isEqualTo(302);
    }

    /** Goes through the login a browser would make; returns where the gateway sends it afterwards. */
    private String logIn(String startPage) throws Exception {
        HttpResponse<String> start = get(startPage.equals("/") ? "/oauth2/authorization/keycloak" : startPage);
        String toKeycloak = start.statusCode() == 302 && location(start).startsWith("/oauth2/")
                ? location(get(location(start)))
                : location(start);
        URI authorize = URI.create(toKeycloak);
        assertThat(authorize.getPath()).isEqualTo("/realms/trefpunt/protocol/openid-connect/auth");
        Map<String, String> request = query(authorize);
        assertThat(request)
                .containsEntry("client_id", "trefpunt-gateway")
                .containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256")
                .containsKey("code_challenge");

        String code =
                backends.keycloak.expectLogin("anna", accessToken, request.get("nonce"), request.get("code_challenge"));
        URI callback = URI.create(request.get("redirect_uri") + "?code=" + code + "&state="
                + java.net.URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8));
        HttpResponse<String> back =
                browser.send(BrowserHttp.request(callback).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        return location(back);
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = path.startsWith("http") ? URI.create(path) : gateway(path);
        return browser.send(
                BrowserHttp.request(uri).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("No redirect: " + response.statusCode() + " " + response.body()));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
