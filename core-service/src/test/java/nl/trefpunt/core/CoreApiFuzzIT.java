package nl.trefpunt.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
 * Every endpoint core-service publishes, fuzzed by everyone who might call it: no server error,
 * problem+json for every refusal, and Oss's centres never shown to anyone outside Oss.
 */
@ServiceIntegrationTest
// Fuzzing leaves junk in the tenants it used; tests after it get a database of their own.
@DirtiesContext
class CoreApiFuzzIT {

    static final String CENTRES = "/api/v1/centres";

    @LocalServerPort
    int port;

    @Test
    void everyEndpointKeepsTheRulesWhateverIsSent() {
        TestTenants.provision(port, "arnhem", "oss");
        String marker = "Markeerpunt-" + UUID.randomUUID();
        Caller ossAdmin = Caller.member("oss", "municipality-admin");
        String ossCentre = register(ossAdmin, "Buurthuis " + marker, marker);
        Caller arnhemAdmin = Caller.member("arnhem", "municipality-admin");
        String wasplaats = register(arnhemAdmin, "De Wasplaats", "Wasplaats");
        String lindenberg = register(arnhemAdmin, "Het Lindenberg", null);

        ApiFuzzer.of(port)
                .values("centreId", wasplaats, lindenberg)
                .foreignValues("centreId", ossCentre)
                .values("name", "wasplaats", "Markeerpunt", "buurthuis")
                .values("type", "buurthuis", "wijkcentrum")
                .neverReveals(marker, ossAdmin, CENTRES + "/" + ossCentre)
                .run();
    }

    private String register(Caller caller, String name, String street) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", "buurthuis");
        if (street != null) {
            body.put("address", Map.of("street", street, "houseNumber", "1a", "postcode", "6828 CX", "city", "Arnhem"));
        }
        Api.Response created =
                Api.on(port).as(caller.token()).tenant(caller.organization()).post(CENTRES, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
