package nl.trefpunt.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTenants;
import nl.trefpunt.platform.test.fuzz.ApiFuzzer;
import nl.trefpunt.platform.test.fuzz.Caller;
import nl.trefpunt.reservation.centre.CoreServiceStandIn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Every endpoint reservation-service publishes, fuzzed by everyone who might call it: no server
 * error, problem+json for every refusal, and Oss's spaces never shown to anyone outside Oss.
 */
@ServiceIntegrationTest
// Fuzzing leaves junk in the tenants it used; tests after it get a database of their own.
@DirtiesContext
class ReservationApiFuzzIT {

    static final String SPACES = "/api/v1/spaces";

    @LocalServerPort
    int port;

    @Test
    void everyEndpointKeepsTheRulesWhateverIsSent() {
        TestTenants.provision(port, "arnhem", "oss");
        String marker = "Markeerpunt-" + UUID.randomUUID();
        Caller ossAdmin = Caller.member("oss", "municipality-admin");
        String ossCentre = CoreServiceStandIn.centreIn("oss");
        String ossSpace = add(ossAdmin, ossCentre, "Zaal " + marker);
        Caller arnhemManager = Caller.member("arnhem", "centre-manager");
        String wasplaats = CoreServiceStandIn.centreIn("arnhem");
        String groteZaal = add(arnhemManager, wasplaats, "Grote zaal");
        String keuken = add(arnhemManager, wasplaats, "Keuken");

        ApiFuzzer.of(port)
                .values("spaceId", groteZaal, keuken)
                .foreignValues("spaceId", ossSpace)
                .values("centreId", wasplaats)
                .foreignValues("centreId", ossCentre)
                .neverReveals(marker, ossAdmin, SPACES + "/" + ossSpace)
                .run();
    }

    private String add(Caller caller, String centre, String name) {
        Api.Response created = Api.on(port)
                .as(caller.token())
                .tenant(caller.organization())
                .post(SPACES, Map.of("centreId", centre, "name", name, "capacity", 40));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
