package nl.trefpunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.trefpunt.launcher.DemoData;
import nl.trefpunt.launcher.DemoTenants;
import nl.trefpunt.launcher.JsonClient;
import nl.trefpunt.launcher.Platform;
import nl.trefpunt.launcher.PlatformService;
import nl.trefpunt.launcher.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The launcher's demo data: complete on the first start, and a second run adds nothing. */
@ExtendWith(TrefpuntPlatform.class)
class DemoDataIT {

    private final JsonClient http = new JsonClient();

    @Test
    void firstRunCreatesEveryTenantCentreAndLogin(TrefpuntPlatform.Started started) {
        DemoData.Seeded seeded = started.seeded();

        assertThat(seeded.tenantsCreated()).isEqualTo(3);
        assertThat(seeded.centresAdded())
                .isEqualTo(DemoTenants.ALL.stream()
                        .mapToInt(tenant -> tenant.centres().size())
                        .sum());
        assertThat(seeded.membersAdded()).isEqualTo(15);
        assertThat(seeded.logins()).extracting(DemoData.Login::username).contains("arnhem-admin", "oss-huurder");
    }

    @Test
    void secondRunAddsNothing(TrefpuntPlatform.Started started) {
        Platform platform = started.platform();
        String service = platform.serviceToken();
        int before = centreCount(platform, service, "hilversum");

        DemoData.Seeded again = new DemoData(platform, Progress.silent()).seed();

        assertThat(again.addedNothing()).as(again.toString()).isTrue();
        assertThat(centreCount(platform, service, "hilversum"))
                .isEqualTo(before)
                .isEqualTo(DemoTenants.HILVERSUM.centres().size());
    }

    @Test
    void everyDemoLoginWorksAtKeycloak(TrefpuntPlatform.Started started) {
        for (DemoTenants.Tenant tenant : DemoTenants.ALL) {
            for (DemoTenants.User user : DemoTenants.users(tenant)) {
                String token = KeycloakLogin.accessToken(started.platform(), user.username(), DemoTenants.PASSWORD);
                assertThat(KeycloakLogin.claims(token)
                                .path("realm_access")
                                .path("roles")
                                .toString())
                        .as(user.username())
                        .contains("\"" + user.role() + "\"");
            }
        }
    }

    private int centreCount(Platform platform, String token, String tenant) {
        JsonClient.Response response = http.get(
                platform.serviceUrl(PlatformService.CORE_SERVICE).resolve("/api/v1/centres?pageSize=100"),
                token,
                Map.of("Trefpunt-Tenant", tenant));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body().path("items").size();
    }
}
