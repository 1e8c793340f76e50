package nl.trefpunt.platform.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTenants;
import nl.trefpunt.platform.test.fuzz.ApiFuzzer;
import nl.trefpunt.platform.test.fuzz.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Whatever anyone sends to any endpoint of the notice board, the platform answers by its rules:
 * no server error, problem+json for every refusal, and never a notice of another municipality.
 */
@ServiceIntegrationTest
// Fuzzing leaves junk in the tenants it used; tests after it get a database of their own.
@DirtiesContext
class NoticeBoardFuzzIT {

    static final String NOTICES = "/api/v1/notices";

    @LocalServerPort
    int port;

    @Test
    void everyEndpointKeepsTheRulesWhateverIsSent() {
        TestTenants.provision(port, "arnhem", "oss");
        String marker = "Markeerpunt-" + UUID.randomUUID();
        Caller ossStaff = Caller.member("oss", "municipality-staff");
        String ossNotice = post(ossStaff, "Repair café " + marker);
        Caller arnhemStaff = Caller.member("arnhem", "municipality-staff");
        String koffie = post(arnhemStaff, "Koffieochtend in De Wasplaats");
        String breien = post(arnhemStaff, "Breiclub op dinsdag");

        ApiFuzzer.of(port)
                .values("id", koffie, breien)
                .foreignValues("id", ossNotice)
                .values("query", "koffie", "Markeerpunt", "café")
                .neverReveals(marker, ossStaff, NOTICES + "/" + ossNotice)
                .run();
    }

    private String post(Caller caller, String text) {
        Api.Response created =
                Api.on(port).as(caller.token()).tenant(caller.organization()).post(NOTICES, Map.of("text", text));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
