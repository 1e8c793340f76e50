package nl.trefpunt.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.trefpunt.gateway.support.BrowserHttp;
import nl.trefpunt.gateway.support.GatewayIntegrationTest;
import nl.trefpunt.gateway.support.StubKeycloak;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Keycloak that never answers the code exchange: the browser gets a clear 503 page within
 * seconds (the back channel's response timeout, 2 s in these tests), not a page that never loads.
 */
@GatewayIntegrationTest
class HungKeycloakIT {

    @LocalServerPort
    int port;

    @Test
    void answersALoginWhoseCodeExchangeHangsWithinSeconds() throws Exception {
        HttpClient browser = BrowserHttp.client()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        HttpResponse<String> start = browser.send(
                BrowserHttp.request(URI.create("http://localhost:" + port + "/oauth2/authorization/keycloak"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> authorize =
                query(URI.create(start.headers().firstValue("Location").orElseThrow()));
        URI callback = URI.create(authorize.get("redirect_uri") + "?code=" + StubKeycloak.HUNG_CODE + "&state="
                + URLEncoder.encode(authorize.get("state"), StandardCharsets.UTF_8));

        long started = System.nanoTime();
        HttpResponse<String> back = browser.send(
                BrowserHttp.request(callback).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(back.statusCode()).as(back.body()).isEqualTo(503);
        assertThat(back.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(back.body()).contains("<html lang=\"nl\"", "Inloggen lukt nu niet");
        assertThat(took).isLessThan(Duration.ofMillis(StubKeycloak.HUNG_FOR_MILLIS / 2));
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
