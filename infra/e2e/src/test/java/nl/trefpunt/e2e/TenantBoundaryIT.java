package nl.trefpunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.trefpunt.launcher.DemoTenants;
import nl.trefpunt.launcher.JsonClient;
import nl.trefpunt.launcher.Platform;
import nl.trefpunt.launcher.PlatformService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A person logs in at the real Keycloak, and the token the gateway would hold for them takes them
 * into their own municipality's data and nowhere else.
 */
@ExtendWith(TrefpuntPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantBoundaryIT {

    private final JsonClient http = new JsonClient();
    private Platform platform;
    private String arnhemAdmin;
    private String ossAdmin;

    @BeforeAll
    void logIn(TrefpuntPlatform.Started started) {
        platform = started.platform();
        arnhemAdmin = KeycloakLogin.accessToken(platform, "arnhem-admin", DemoTenants.PASSWORD);
        ossAdmin = KeycloakLogin.accessToken(platform, "oss-admin", DemoTenants.PASSWORD);
    }

    @Test
    void tokenNamesTheOrganizationOfItsMunicipality() {
        JsonNode claims = KeycloakLogin.claims(arnhemAdmin);

        assertThat(organizations(claims)).containsExactly("arnhem");
        assertThat(claims.path("iss").asString())
                .isEqualTo(platform.keycloak().issuer().toString());
    }

    @Test
    void gatewayServesTheMunicipalitysOwnCentres() {
        JsonClient.Response response = http.get(gateway("/arnhem/api/v1/centres?pageSize=100"), arnhemAdmin, Map.of());

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(centreNames(response))
                .contains("De Wasplaats", "De Lommerd", "De Nieuwe Hommel")
                .doesNotContain("De Bongerd", "Kruisdam");
    }

    @Test
    void refusesThePathOfAnotherMunicipality() {
        JsonClient.Response response = http.get(gateway("/oss/api/v1/centres"), arnhemAdmin, Map.of());

        assertThat(response.status()).as(response.text()).isEqualTo(403);
        assertThat(response.text()).doesNotContain("De Bongerd");
    }

    @Test
    void refusesTheTokenOfAnotherMunicipality() {
        JsonClient.Response response = http.get(gateway("/arnhem/api/v1/centres"), ossAdmin, Map.of());

        assertThat(response.status()).as(response.text()).isEqualTo(403);
        assertThat(response.text()).doesNotContain("De Wasplaats");
    }

    @Test
    void ignoresATenantHeaderTheClientSent() {
        JsonClient.Response response =
                http.get(gateway("/arnhem/api/v1/centres?pageSize=100"), arnhemAdmin, Map.of("Trefpunt-Tenant", "oss"));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(centreNames(response)).contains("De Wasplaats").doesNotContain("De Bongerd");
    }

    @Test
    void serviceItselfRefusesATenantTheTokenDoesNotBelongTo() {
        // Defence in depth: past the gateway, core-service checks the token against the header too.
        JsonClient.Response response = http.get(
                platform.serviceUrl(PlatformService.CORE_SERVICE).resolve("/api/v1/centres"),
                arnhemAdmin,
                Map.of("Trefpunt-Tenant", "oss"));

        assertThat(response.status()).as(response.text()).isEqualTo(403);
    }

    @Test
    void unknownMunicipalityIsNotFound() {
        JsonClient.Response response = http.get(gateway("/atlantis/api/v1/centres"), arnhemAdmin, Map.of());

        assertThat(response.status()).as(response.text()).isEqualTo(404);
    }

    @Test
    void apiWithoutTokenIsUnauthorized() {
        JsonClient.Response response = http.get(gateway("/arnhem/api/v1/centres"), null, Map.of());

        assertThat(response.status()).as(response.text()).isEqualTo(401);
    }

    private URI gateway(String path) {
        return URI.create(platform.gatewayUrl() + path);
    }

    static List<String> organizations(JsonNode claims) {
        JsonNode organization = claims.path("organization");
        if (organization.isArray()) {
            return StreamSupport.stream(organization.spliterator(), false)
                    .map(JsonNode::asString)
                    .toList();
        }
        // Keycloak can also write the claim as an object keyed by alias.
        return List.copyOf(organization.propertyNames());
    }

    static List<String> centreNames(JsonClient.Response response) {
        return StreamSupport.stream(response.body().path("items").spliterator(), false)
                .map(centre -> centre.path("name").asString())
                .toList();
    }
}
