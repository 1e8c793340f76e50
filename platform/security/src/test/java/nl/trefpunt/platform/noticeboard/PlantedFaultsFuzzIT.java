package nl.trefpunt.platform.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
import org.springframework.test.context.TestPropertySource;

/**
 * The API fuzzer can fail: with a bug planted in an endpoint for each rule it checks, a run reports
 * every one of them, with the seed and the request that shows it (and no token).
 */
@ServiceIntegrationTest
// Fuzzing leaves junk in the tenants it used; tests after it get a database of their own.
@DirtiesContext
@TestPropertySource(properties = "noticeboard.planted-faults=true")
class PlantedFaultsFuzzIT {

    @LocalServerPort
    int port;

    @Test
    void reportsA500AnErrorThatIsNotProblemJsonAndAnotherTenantsData() {
        TestTenants.provision(port, "arnhem", "oss");
        String marker = "Markeerpunt-" + UUID.randomUUID();
        Caller ossStaff = Caller.member("oss", "municipality-staff");
        Api.Response notice = Api.on(port)
                .as(ossStaff.token())
                .tenant("oss")
                .post("/api/v1/notices", Map.of("text", "Repair café " + marker));
        assertThat(notice.status()).as(notice.toString()).isEqualTo(201);

        // Fixed size, whatever -Dtrefpunt.fuzz.requests says: enough to hit each fault with any seed.
        Throwable failure = catchThrowable(() -> ApiFuzzer.of(port)
                .onlyPaths("/api/v1/planted")
                .requests(600)
                .neverReveals(
                        marker,
                        ossStaff,
                        "/api/v1/notices/" + notice.json().get("id").asString())
                .run());

        assertThat(failure).isInstanceOf(AssertionError.class);
        String report = failure.getMessage();
        assertThat(report)
                .contains("500 server error: GET /api/v1/planted/rooms")
                .contains("4xx without a problem+json body: POST /api/v1/planted/remarks")
                .contains("another tenant's data in the answer: GET /api/v1/planted/neighbours")
                .containsPattern("Seed -?\\d+; repeat with -Dtrefpunt.fuzz.seed=-?\\d+")
                .containsPattern("GET http://localhost:\\d+/api/v1/planted/rooms\\?capacity=(9[1-9]|100)\\b")
                .contains("Authorization: Bearer <token of ")
                .doesNotContain("eyJ"); // no token, whole or in part
        assertThat(report).doesNotContain("/api/v1/notices ("); // only the operations asked for
    }
}
