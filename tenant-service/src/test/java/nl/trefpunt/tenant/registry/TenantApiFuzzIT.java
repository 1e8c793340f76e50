package nl.trefpunt.tenant.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import nl.trefpunt.platform.test.fuzz.ApiFuzzer;
import nl.trefpunt.platform.test.fuzz.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Every endpoint tenant-service publishes, fuzzed by everyone who might call it, with Keycloak and
 * the other services as real HTTP stand-ins: no server error, problem+json for every refusal, and
 * Oss's record never shown to anyone but Oss and the platform.
 */
@ServiceIntegrationTest
// Fuzzing leaves junk in the tenants it used; tests after it get a database of their own.
@DirtiesContext
class TenantApiFuzzIT extends WithStubbedNeighbours {

    static final String TENANTS = "/api/v1/tenants";

    @LocalServerPort
    int port;

    @Test
    void everyEndpointKeepsTheRulesWhateverIsSent() {
        String marker = "Markeerpunt-" + UUID.randomUUID();
        onboard("arnhem", "Gemeente Arnhem", "GM0202");
        onboard("oss", "Gemeente Oss " + marker, "GM0828");

        ApiFuzzer.of(port)
                .values("tenant", "arnhem")
                .foreignValues("tenant", "oss")
                .values("username", "fatima", "sem.jansen")
                .values("roles", "municipality-admin", "municipality-staff", "centre-manager", "hirer")
                .values("gemeentecode", "GM0202")
                .values("placement", "default")
                .crossTenantCallersSeeEveryTenant()
                .neverReveals(marker, Caller.member("oss", "municipality-admin"), TENANTS + "/oss")
                .run();
    }

    private void onboard(String slug, String name, String gemeentecode) {
        Api.Response response = Api.on(port)
                .as(TestTokens.platformAdmin())
                .put(TENANTS + "/" + slug, Map.of("name", name, "gemeentecode", gemeentecode));
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }
}
