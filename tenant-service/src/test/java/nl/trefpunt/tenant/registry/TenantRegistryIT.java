package nl.trefpunt.tenant.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class TenantRegistryIT extends WithStubbedNeighbours {

    @LocalServerPort
    int port;

    @BeforeEach
    void onboardTenants() {
        onboard("ede", "Gemeente Ede", "GM0228");
        onboard("apeldoorn", "Gemeente Apeldoorn", "GM0200");
        onboard("tilburg", "Gemeente Tilburg", "GM0855");
    }

    private void onboard(String slug, String name, String gemeentecode) {
        Api.Response response = Api.on(port)
                .as(TestTokens.platformAdmin())
                .put("/api/v1/tenants/" + slug, Map.of("name", name, "gemeentecode", gemeentecode));
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    @Test
    void aMemberReadsTheirOwnTenant() {
        Api.Response response =
                Api.on(port).as(TestTokens.member("ede", "municipality-staff")).get("/api/v1/tenants/ede");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("name").asString()).isEqualTo("Gemeente Ede");
    }

    @Test
    void aMemberOfAnotherTenantIsToldTheTenantDoesNotExist() {
        Api.Response response = Api.on(port)
                .as(TestTokens.member("apeldoorn", "municipality-admin"))
                .get("/api/v1/tenants/ede");

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        // Same answer as for a tenant that really does not exist: nothing to learn from it.
        assertThat(Api.on(port)
                        .as(TestTokens.member("apeldoorn", "municipality-admin"))
                        .get("/api/v1/tenants/nergenshuizen")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyThePlatformListsAllTenants() {
        Api.Response list = Api.on(port).as(TestTokens.platformAdmin()).get("/api/v1/tenants");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().valueStream().map(t -> t.get("slug").asString()))
                .contains("ede", "apeldoorn", "tilburg");

        assertThat(Api.on(port)
                        .as(TestTokens.member("ede", "municipality-admin"))
                        .get("/api/v1/tenants")
                        .status())
                .isEqualTo(403);
        assertThat(Api.on(port).get("/api/v1/tenants").status()).isEqualTo(401);
    }

    @Test
    void offboardingFlipsTheStatusAndTheGatewaySeesIt() {
        Api admin = Api.on(port).as(TestTokens.platformAdmin());
        Api gateway = Api.on(port).as(TestTokens.service());
        assertThat(gateway.get("/internal/tenants/tilburg").json().get("status").asString())
                .isEqualTo("ACTIVE");

        Api.Response offboarded = admin.post("/api/v1/tenants/tilburg/offboarding", "");

        assertThat(offboarded.status()).as(offboarded.toString()).isEqualTo(200);
        assertThat(offboarded.json().get("status").asString()).isEqualTo("OFFBOARDED");
        JsonNode internal = gateway.get("/internal/tenants/tilburg").json();
        assertThat(internal.get("status").asString()).isEqualTo("OFFBOARDED");
        assertThat(internal.propertyNames())
                .containsExactlyInAnyOrder(
                        "slug", "name", "gemeentecode", "status", "accessibilityEmail", "accessibilityUrl");
        assertThat(gateway.get("/internal/tenants")
                        .json()
                        .valueStream()
                        .filter(t -> t.get("slug").asString().equals("tilburg"))
                        .map(t -> t.get("status").asString()))
                .containsExactly("OFFBOARDED");
        // Offboarding again changes nothing.
        assertThat(admin.post("/api/v1/tenants/tilburg/offboarding", "").json().get("updatedAt"))
                .isEqualTo(offboarded.json().get("updatedAt"));
        // Onboarding data again does not quietly bring it back.
        onboard("tilburg", "Gemeente Tilburg", "GM0855");
        assertThat(gateway.get("/internal/tenants/tilburg").json().get("status").asString())
                .isEqualTo("OFFBOARDED");

        Api.Response reactivated = admin.post("/api/v1/tenants/tilburg/reactivation", "");
        assertThat(reactivated.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(gateway.get("/internal/tenants/tilburg").json().get("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void onlyThePlatformOffboards() {
        Api.Response response = Api.on(port)
                .as(TestTokens.member("ede", "municipality-admin"))
                .post("/api/v1/tenants/ede/offboarding", "");

        assertThat(response.status()).isEqualTo(403);
        assertThat(Api.on(port)
                        .as(TestTokens.service())
                        .get("/internal/tenants/ede")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");
        assertThat(Api.on(port)
                        .as(TestTokens.platformAdmin())
                        .post("/api/v1/tenants/nergenshuizen/offboarding", "")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theInternalApiIsForServicesAndKnowsOnlyRealTenants() {
        assertThat(Api.on(port)
                        .as(TestTokens.member("ede", "municipality-admin"))
                        .get("/internal/tenants/ede")
                        .status())
                .isEqualTo(403);
        assertThat(Api.on(port).get("/internal/tenants").status()).isEqualTo(401);

        Api gateway = Api.on(port).as(TestTokens.service());
        Api.Response unknown = gateway.get("/internal/tenants/nergenshuizen");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        // Whatever the gateway finds in the first path segment, a malformed one is simply unknown.
        assertThat(gateway.get("/internal/tenants/Favicon.ico").status()).isEqualTo(404);
        assertThat(gateway.get("/internal/tenants/ede")
                        .json()
                        .get("gemeentecode")
                        .asString())
                .isEqualTo("GM0228");
    }
}
