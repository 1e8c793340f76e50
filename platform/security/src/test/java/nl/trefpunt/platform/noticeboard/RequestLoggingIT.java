package nl.trefpunt.platform.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;

import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A log line written while serving a request says which trace (from the gateway) and tenant it belongs to. */
@ServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLoggingIT {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @LocalServerPort
    int port;

    @Test
    void logLinesCarryTheGatewaysTraceIdAndTheTenant(CapturedOutput output) {
        Api.on(port).as(TestTokens.service()).put("/internal/tenants/oss", "");

        Api.Response posted = Api.on(port)
                .as(TestTokens.member("oss", "centre-manager"))
                .tenant("oss")
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .post("/api/v1/notices", new TenantIsolationIT.Text("Inloopochtend"));
        assertThat(posted.status()).isEqualTo(201);

        String id = posted.json().get("id").asString();
        JsonNode line = output.getOut()
                .lines()
                .filter(l -> l.startsWith("{") && l.contains("Notice " + id + " posted"))
                .map(l -> JsonMapper.builder().build().readTree(l))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no structured log line for the notice"));
        assertThat(line.toString()).contains(TRACE_ID).contains("\"tenant\":\"oss\"");
    }
}
