package nl.trefpunt.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.trefpunt.gateway.support.GatewayIntegrationTest;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@GatewayIntegrationTest
@TestPropertySource(properties = {"trefpunt.rate-limit.replenish-rate=1", "trefpunt.rate-limit.burst-capacity=3"})
class TenantRateLimitIT {

    @LocalServerPort
    int port;

    @Test
    void limitsEachTenantSeparately() {
        Api arnhem = Api.on(port).as(TestTokens.member("arnhem", "hirer"));
        Api oss = Api.on(port).as(TestTokens.member("oss", "hirer"));

        List<Api.Response> burst = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            burst.add(arnhem.get("/arnhem/api/v1/spaces/" + i));
        }
        Api.Response refused = burst.stream()
                .filter(r -> r.status() == 429)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "No 429 in " + burst.stream().map(Api.Response::status).toList()));

        assertThat(burst.stream().filter(r -> r.status() == 200).count()).isBetween(3L, 4L);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("title").asText()).isEqualTo("Te veel verzoeken");
        assertThat(refused.header("API-Version")).isEqualTo("1.0.0");
        assertThat(oss.get("/oss/api/v1/spaces/1").status()).isEqualTo(200);
    }
}
