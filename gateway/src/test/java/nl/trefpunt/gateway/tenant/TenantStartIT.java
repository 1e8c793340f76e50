package nl.trefpunt.gateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.trefpunt.gateway.support.BrowserHttp;
import nl.trefpunt.gateway.support.GatewayIntegrationTest;
import nl.trefpunt.gateway.support.Recorded;
import nl.trefpunt.gateway.support.StubBackends;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What anyone may open under a tenant without logging in: its start address and its stylesheet. */
@GatewayIntegrationTest
class TenantStartIT {

    private static final StubBackends backends = StubBackends.get();
    private static final HttpClient http = BrowserHttp.client().build();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return send(BrowserHttp.request(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void opensTheMunicipalitysStartPage() throws Exception {
        for (String path : new String[] {"/arnhem", "/arnhem/"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue("/arnhem/centra");
        }
    }

    @Test
    void answersUnknownAndOffboardedMunicipalitiesWithNotFound() throws Exception {
        for (String path : new String[] {"/atlantis", "/leerdam", "/Niet_Goed"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Gemeente niet gevonden");
        }
    }

    @Test
    void leavesTheAccessibilityStatementToItsRoute() throws Exception {
        HttpResponse<String> statement = get("/toegankelijkheid");

        assertThat(statement.statusCode()).isEqualTo(200);
        assertThat(backends.receivedEndingWith("/toegankelijkheid").service()).isEqualTo("tenant");
    }

    @Test
    void servesTheHouseStyleWithoutLoginToTenantService() throws Exception {
        HttpResponse<String> css = send(BrowserHttp.request(
                        URI.create("http://localhost:" + port + "/hilversum/huisstijl.css?v=" + UUID.randomUUID()))
                .header("Accept", "text/css,*/*;q=0.1")
                .build());

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        Recorded seen = backends.receivedEndingWith("/huisstijl.css");
        assertThat(seen.service()).isEqualTo("tenant");
        assertThat(seen.path()).isEqualTo("/huisstijl.css");
        assertThat(seen.header("Trefpunt-Tenant")).isEqualTo("hilversum");
        assertThat(seen.header("Authorization")).isNull();
        assertThat(get("/leerdam/huisstijl.css").statusCode()).isEqualTo(404);
    }

    @Test
    void takesOnlyGetForPublicPaths() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> post =
                send(BrowserHttp.request(URI.create("http://localhost:" + port + "/arnhem/huisstijl.css?" + id))
                        .header("Accept", "text/html")
                        .header("Sec-Fetch-Site", "same-origin")
                        .POST(HttpRequest.BodyPublishers.ofString("a{}"))
                        .build());

        assertThat(post.statusCode()).isIn(302, 401, 404, 405);
        assertThat(backends.anyReceived(r -> id.equals(r.query()))).isFalse();
    }

    @Test
    void servesTheShellsAssetsOutsideATenantForTheGatewaysPages() throws Exception {
        String id = UUID.randomUUID().toString();

        HttpResponse<String> css = get("/css/" + id + ".css");

        assertThat(css.statusCode()).isEqualTo(200);
        Recorded seen = backends.receivedEndingWith(id + ".css");
        assertThat(seen.service()).isEqualTo("core");
        assertThat(seen.path()).isEqualTo("/css/" + id + ".css");
        assertThat(seen.header("Trefpunt-Tenant")).isNull();
    }
}
