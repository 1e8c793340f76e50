package nl.trefpunt.core;

import static org.assertj.core.api.Assertions.assertThat;

import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Kubernetes asks whether the service lives and is ready without a token or a tenant. */
@ServiceIntegrationTest
class HealthProbesIT {

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessAnswerWithoutTokenOrTenant() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            Api.Response response = Api.on(port).get(probe);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.json().get("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void otherActuatorEndpointsNeedAServiceAccount() {
        assertThat(Api.on(port).get("/actuator/info").status()).isEqualTo(401);
    }
}
