package nl.trefpunt.gateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.trefpunt.gateway.support.BrowserHttp;
import nl.trefpunt.gateway.support.GatewayIntegrationTest;
import nl.trefpunt.gateway.support.Recorded;
import nl.trefpunt.gateway.support.StubBackends;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The gateway as the tenant boundary: who gets through to which tenant, and what the services see. */
@GatewayIntegrationTest
class TenantBoundaryIT {

    private static final StubBackends backends = StubBackends.get();
    private static final HttpClient http = BrowserHttp.client().build();

    @LocalServerPort
    int port;

    Api gateway;

    @BeforeEach
    void setUp() {
        gateway = Api.on(port);
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }

    @Test
    void servicesSeeStrippedPathTenantHeaderPrefixAndTheCallersToken() {
        String id = unique();
        String token = TestTokens.member("arnhem", "municipality-admin");

        Api.Response response = gateway.as(token).get("/arnhem/api/v1/centres/" + id + "?sort=naam");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Recorded seen = backends.receivedEndingWith(id);
        assertThat(seen.service()).isEqualTo("core");
        assertThat(seen.path()).isEqualTo("/api/v1/centres/" + id);
        assertThat(seen.query()).isEqualTo("sort=naam");
        assertThat(seen.header("Trefpunt-Tenant")).isEqualTo("arnhem");
        assertThat(seen.header("X-Forwarded-Prefix")).isEqualTo("/arnhem");
        assertThat(seen.header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void replacesATenantHeaderTheClientSent() {
        String id = unique();

        Api.Response response = gateway.as(TestTokens.member("arnhem", "hirer"))
                .tenant("oss")
                .header("X-Forwarded-Prefix", "/oss")
                .header("X-Forwarded-Host", "evil.example")
                .get("/arnhem/api/v1/spaces/" + id);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Recorded seen = backends.receivedEndingWith(id);
        assertThat(seen.service()).isEqualTo("reservation");
        assertThat(seen.headerValues("Trefpunt-Tenant")).containsExactly("arnhem");
        assertThat(seen.headerValues("X-Forwarded-Prefix")).containsExactly("/arnhem");
        assertThat(seen.headerValues("X-Forwarded-Host")).containsExactly("localhost");
    }

    @Test
    void dropsTenantHeaderOnPlatformRoutesToo() {
        String id = unique();

        Api.Response response =
                gateway.as(TestTokens.platformAdmin()).tenant("oss").get("/api/v1/tenants/" + id);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Recorded seen = backends.receivedEndingWith(id);
        assertThat(seen.service()).isEqualTo("tenant");
        assertThat(seen.path()).isEqualTo("/api/v1/tenants/" + id);
        assertThat(seen.header("Trefpunt-Tenant")).isNull();
    }

    @Test
    void routesEachPathToItsService() {
        String token = TestTokens.member("oss", "municipality-staff");
        String[][] routes = {
            {"/oss/api/v1/tenant/", "tenant", "/api/v1/tenant/"},
            {"/oss/centra/", "core", "/centra/"},
            {"/oss/ruimtes/", "reservation", "/ruimtes/"},
            {"/oss/beheer/", "tenant", "/beheer/"},
        };
        for (String[] route : routes) {
            String id = unique();
            Api.Response response = gateway.as(token).get(route[0] + id);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            Recorded seen = backends.receivedEndingWith(id);
            assertThat(seen.service()).as(route[0]).isEqualTo(route[1]);
            assertThat(seen.path()).isEqualTo(route[2] + id);
            assertThat(seen.header("Trefpunt-Tenant")).isEqualTo("oss");
        }
    }

    @Test
    void rejectsTokenOfOtherTenant() {
        String id = unique();

        Api.Response response =
                gateway.as(TestTokens.member("arnhem", "municipality-admin")).get("/oss/api/v1/centres/" + id);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("Geen toegang tot deze gemeente");
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");
        assertThat(backends.anyReceived(r -> r.path().endsWith(id))).isFalse();
    }

    @Test
    void showsBrowsersADutchPageForAnotherTenant() throws Exception {
        String id = unique();
        HttpResponse<String> page = http.send(
                BrowserHttp.request(URI.create("http://localhost:" + port + "/oss/centra/" + id))
                        .header("Accept", "text/html")
                        .header("Authorization", "Bearer " + TestTokens.member("arnhem", "centre-manager"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"nl\"", "Geen toegang tot deze gemeente", "Gemeente Oss");
        assertThat(backends.anyReceived(r -> r.path().endsWith(id))).isFalse();
    }

    @Test
    void letsPlatformAdminEnterEveryTenant() {
        for (String tenant : new String[] {"arnhem", "oss", "hilversum"}) {
            String id = unique();
            Api.Response response = gateway.as(TestTokens.platformAdmin()).get("/" + tenant + "/api/v1/centres/" + id);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(backends.receivedEndingWith(id).header("Trefpunt-Tenant"))
                    .isEqualTo(tenant);
        }
    }

    @Test
    void refusesServiceAccountsAtTheGateway() {
        Api.Response response = gateway.as(TestTokens.service()).get("/arnhem/api/v1/centres/" + unique());

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void answersUnknownTenantWithNotFound() {
        Api.Response response = gateway.as(TestTokens.platformAdmin()).get("/atlantis/api/v1/centres/" + unique());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("Gemeente niet gevonden");
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");
    }

    @Test
    void answersOffboardedTenantWithNotFound() {
        String id = unique();

        Api.Response asMember =
                gateway.as(TestTokens.member("leerdam", "municipality-admin")).get("/leerdam/api/v1/centres/" + id);
        Api.Response asAdmin = gateway.as(TestTokens.platformAdmin()).get("/leerdam/api/v1/centres/" + id);

        assertThat(asMember.status()).isEqualTo(404);
        assertThat(asAdmin.status()).isEqualTo(404);
        assertThat(backends.anyReceived(r -> r.path().endsWith(id))).isFalse();
    }

    @Test
    void answersMalformedTenantWithNotFound() {
        Api.Response response = gateway.as(TestTokens.platformAdmin()).get("/Arnhem_1/api/v1/centres/" + unique());

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void refusesPathsThatClimbOutOfTheTenant() {
        String id = unique();

        Api.Response response =
                gateway.as(TestTokens.member("arnhem", "hirer")).get("/arnhem/centra/../../oss/centra/" + id);

        assertThat(response.status()).isIn(400, 404);
        assertThat(backends.anyReceived(r -> r.path().endsWith(id))).isFalse();
    }

    @Test
    void asksForATokenOnApiPaths() {
        Api.Response response = gateway.get("/arnhem/api/v1/centres/" + unique());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");
    }

    @Test
    void rejectsAnInvalidToken() {
        String token = TestTokens.member("arnhem", "hirer");
        int middleOfSignature = token.lastIndexOf('.') + 20;
        char flipped = token.charAt(middleOfSignature) == 'A' ? 'B' : 'A';
        String forged = token.substring(0, middleOfSignature) + flipped + token.substring(middleOfSignature + 1);

        Api.Response response = gateway.as(forged).get("/arnhem/api/v1/centres/" + unique());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void sendsBrowsersWithoutSessionToKeycloakLogin() throws Exception {
        HttpResponse<String> page = http.send(
                BrowserHttp.request(URI.create("http://localhost:" + port + "/arnhem/centra"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/oauth2/authorization/keycloak");
    }

    @Test
    void keepsTheServicesApiVersionHeader() {
        Api.Response response =
                gateway.as(TestTokens.member("arnhem", "hirer")).get("/arnhem/api/v1/spaces/" + unique());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("API-Version")).isEqualTo(StubBackends.SERVICE_API_VERSION);
    }

    @Test
    void passesTheTraceOnToServices() {
        String id = unique();

        gateway.as(TestTokens.member("arnhem", "hirer")).get("/arnhem/api/v1/centres/" + id);

        assertThat(backends.receivedEndingWith(id).header("traceparent"))
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    }

    @Test
    void servesShellAssetsOfActiveTenantsWithoutLogin() {
        String id = unique();

        Api.Response asset = gateway.get("/hilversum/css/" + id);
        Api.Response offboarded = gateway.get("/leerdam/css/" + id);

        assertThat(asset.status()).as(asset.toString()).isEqualTo(200);
        Recorded seen = backends.receivedEndingWith(id);
        assertThat(seen.path()).isEqualTo("/css/" + id);
        assertThat(seen.header("Trefpunt-Tenant")).isEqualTo("hilversum");
        assertThat(seen.header("Authorization")).isNull();
        assertThat(offboarded.status()).isEqualTo(404);
    }

    @Test
    void refusesFormPostsFromOtherSites() {
        String id = unique();

        Api.Response crossSite = gateway.header("Origin", "https://evil.example")
                .header("Sec-Fetch-Site", "cross-site")
                .postRaw("/arnhem/ruimtes/" + id, "application/x-www-form-urlencoded", "naam=x");
        Api.Response withBearer = gateway.as(TestTokens.member("arnhem", "hirer"))
                .header("Origin", "https://other.example")
                .post("/arnhem/api/v1/spaces/" + id, "{}");

        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(withBearer.status()).as(withBearer.toString()).isEqualTo(200);
    }

    @Test
    void asksTenantServiceOnceForRepeatedRequests() {
        int before = backends.tenantLookups.get();
        String token = TestTokens.member("hilversum", "hirer");

        for (int i = 0; i < 5; i++) {
            assertThat(gateway.as(token)
                            .get("/hilversum/api/v1/centres/" + unique())
                            .status())
                    .isEqualTo(200);
        }

        assertThat(backends.tenantLookups.get() - before).isLessThanOrEqualTo(1);
    }
}
