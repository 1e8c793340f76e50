package nl.trefpunt.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.trefpunt.gateway.support.GatewayIntegrationTest;
import nl.trefpunt.gateway.support.StubBackends;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Structured logs that can be joined with the services' by trace id and tenant. */
@GatewayIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccessLogIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void logsEachRequestWithTenantAndTheTraceIdTheServiceReceived(CapturedOutput output) {
        String id = UUID.randomUUID().toString();

        Api.on(port).as(TestTokens.member("oss", "hirer")).get("/oss/api/v1/centres/" + id);

        String traceparent = StubBackends.get().receivedEndingWith(id).header("traceparent");
        JsonNode line = logLineAbout(output, id);
        assertThat(line.toString()).contains("\"tenant\":\"oss\"", traceparent.split("-")[1]);
    }

    @Test
    void namesTheTenantOfARefusedRequest(CapturedOutput output) {
        String id = UUID.randomUUID().toString();

        Api.on(port).as(TestTokens.member("oss", "hirer")).get("/arnhem/api/v1/centres/" + id);

        assertThat(logLineAbout(output, id).toString()).contains("\"tenant\":\"arnhem\"", " 403 ");
    }

    @Test
    void answersBadGatewayWhenAServiceHangsUpAndLogsItWithTraceAndTenant(CapturedOutput output) {
        String id = UUID.randomUUID().toString();

        Api.Response response = Api.on(port)
                .as(TestTokens.member("hilversum", "hirer"))
                .get("/hilversum/api/v1/centres/" + id + StubBackends.HANG_UP);

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.json().get("title").asText()).isEqualTo("Dienst niet bereikbaar");
        JsonNode warning = logLineAbout(output, "Answered 502");
        assertThat(warning.toString()).contains("\"tenant\":\"hilversum\"", "\"traceId\"");
    }

    private static JsonNode logLineAbout(CapturedOutput output, String marker) {
        long deadline = System.currentTimeMillis() + 2000;
        while (System.currentTimeMillis() < deadline) {
            for (String line : output.getOut().split("\n")) {
                if (line.startsWith("{") && line.contains(marker)) {
                    return JSON.readTree(line);
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("No structured log line mentions " + marker + ":\n" + output.getOut());
    }
}
