package nl.trefpunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.trefpunt.launcher.DemoData;
import nl.trefpunt.launcher.DemoTenants;
import nl.trefpunt.launcher.JsonClient;
import nl.trefpunt.launcher.Platform;
import nl.trefpunt.launcher.PlatformService;
import nl.trefpunt.launcher.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A municipality onboarded while the platform runs — through tenant-service's API, as an operator
 * would — can be used at once in every service, through the gateway, by its own people; and
 * onboarding it again changes nothing.
 */
@ExtendWith(TrefpuntPlatform.class)
class RuntimeProvisioningIT {

    private final JsonClient http = new JsonClient();

    @Test
    void onboardedMunicipalityIsUsableAtOnceInAllThreeServices(TrefpuntPlatform.Started started) {
        Platform platform = started.platform();
        DemoData operator = new DemoData(platform, Progress.silent());
        String service = platform.serviceToken();

        assertThat(operator.provision("zwolle", "Gemeente Zwolle", "GM0193", service))
                .as("first onboarding creates the tenant")
                .isTrue();
        DemoTenants.User admin =
                new DemoTenants.User("zwolle-admin", "Beheerder", "Zwolle", "municipality-admin", "zwolle");
        assertThat(operator.enrol("zwolle", admin, DemoTenants.PASSWORD, service))
                .isTrue();
        String token = KeycloakLogin.accessToken(platform, "zwolle-admin", DemoTenants.PASSWORD);
        assertThat(TenantBoundaryIT.organizations(KeycloakLogin.claims(token))).containsExactly("zwolle");

        // tenant-service: the municipality's own record, at the gateway's root
        JsonClient.Response record = http.get(gateway(platform, "/api/v1/tenants/zwolle"), token, Map.of());
        assertThat(record.status()).as(record.text()).isEqualTo(200);
        assertThat(record.body().path("name").asString()).isEqualTo("Gemeente Zwolle");

        // core-service: a centre in the new municipality's schema
        JsonClient.Response centre = http.post(
                gateway(platform, "/zwolle/api/v1/centres"),
                token,
                Map.of(),
                Map.of("name", "Wijkcentrum Holtenbroek", "type", "wijkcentrum", "rentsOutRooms", true));
        assertThat(centre.status()).as(centre.text()).isEqualTo(201);
        String centreId = centre.body().path("id").asString();

        // reservation-service: a space of that centre
        JsonClient.Response space = http.post(
                gateway(platform, "/zwolle/api/v1/spaces"),
                token,
                Map.of(),
                Map.of("centreId", centreId, "name", "Grote zaal", "capacity", 80));
        assertThat(space.status()).as(space.text()).isEqualTo(201);
        JsonClient.Response spaces =
                http.get(gateway(platform, "/zwolle/api/v1/spaces?centreId=" + centreId), token, Map.of());
        assertThat(spaces.status()).as(spaces.text()).isEqualTo(200);
        assertThat(names(spaces.body())).containsExactly("Grote zaal");

        // and it is Zwolle's alone
        String arnhem = KeycloakLogin.accessToken(platform, "arnhem-admin", DemoTenants.PASSWORD);
        assertThat(http.get(gateway(platform, "/zwolle/api/v1/spaces"), arnhem, Map.of())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void onboardingTwiceChangesNothing(TrefpuntPlatform.Started started) {
        Platform platform = started.platform();
        DemoData operator = new DemoData(platform, Progress.silent());
        String service = platform.serviceToken();
        assertThat(operator.provision("deventer", "Gemeente Deventer", "GM0150", service))
                .isTrue();
        Map<String, String> deventer = Map.of("Trefpunt-Tenant", "deventer");
        URI centres = platform.serviceUrl(PlatformService.CORE_SERVICE).resolve("/api/v1/centres");
        JsonClient.Response registered = http.post(
                centres, service, deventer, Map.of("name", "Wijkcentrum Keizerslanden", "type", "wijkcentrum"));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);

        assertThat(operator.provision("deventer", "Gemeente Deventer", "GM0150", service))
                .as("second onboarding answers 200, not 201")
                .isFalse();

        JsonClient.Response registry = http.get(
                platform.serviceUrl(PlatformService.TENANT_SERVICE).resolve("/api/v1/tenants"), service, Map.of());
        assertThat(registry.status()).as(registry.text()).isEqualTo(200);
        assertThat(StreamSupport.stream(registry.body().spliterator(), false)
                        .filter(tenant -> tenant.path("slug").asString().equals("deventer")))
                .hasSize(1);
        assertThat(organizationsWithAlias(platform, "deventer")).isEqualTo(1);
        JsonClient.Response kept = http.get(centres, service, deventer);
        assertThat(names(kept.body())).containsExactly("Wijkcentrum Keizerslanden");
        JsonClient.Response spaces = http.get(
                platform.serviceUrl(PlatformService.RESERVATION_SERVICE).resolve("/api/v1/spaces"), service, deventer);
        assertThat(spaces.status()).as(spaces.text()).isEqualTo(200);
    }

    private long organizationsWithAlias(Platform platform, String alias) {
        URI organizations = platform.keycloak()
                .baseUrl()
                .resolve("/admin/realms/trefpunt/organizations?search=" + alias + "&max=100");
        JsonClient.Response response =
                http.get(organizations, platform.keycloak().adminToken(), Map.of());
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return StreamSupport.stream(response.body().spliterator(), false)
                .filter(organization -> organization.path("alias").asString().equals(alias))
                .count();
    }

    private static URI gateway(Platform platform, String path) {
        return URI.create(platform.gatewayUrl() + path);
    }

    private static List<String> names(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .map(item -> item.path("name").asString())
                .toList();
    }
}
