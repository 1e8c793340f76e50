package nl.trefpunt.platform.test.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiFuzzerTests {

    @Test
    void encodesLoneSurrogatesAsTheBytesACarelessClientSends() {
        assertThat(ApiFuzzer.encode("a b/é")).isEqualTo("a%20b%2F%C3%A9");
        assertThat(ApiFuzzer.encode("\ud800")).isEqualTo("%ED%A0%80");
        assertThat(ApiFuzzer.encode("🏠")).isEqualTo("%F0%9F%8F%A0");
        assertThat(ApiFuzzer.encode("\u0000")).isEqualTo("%00");
    }

    @Test
    void writesJsonThatOnlyEscapesCanCarry() {
        assertThat(JsonText.write(java.util.Map.of("name", "a\u0000\ud800\"🏠")))
                .isEqualTo("{\"name\":\"a\\u0000\\ud800\\\"🏠\"}");
        assertThat(JsonText.write(List.of(new JsonText.Raw("1e400"), true))).isEqualTo("[1e400,true]");
    }

    @Test
    void aReportNamesTheCallerButNeverShowsAToken() {
        Caller hirer = Caller.member("arnhem", "hirer");
        FuzzRequest request = new FuzzRequest(
                7,
                "GET /api/v1/centres",
                "GET",
                "/api/v1/centres?name=a%00b",
                hirer,
                List.<String[]>of(new String[] {"Authorization", "Bearer " + hirer.token() + "x"}),
                "{\"name\":\"" + "a".repeat(5_000) + "\u0000\"}",
                Set.of("NUL"));

        String described = request.describe("http://localhost:8080");

        assertThat(described)
                .contains("GET http://localhost:8080/api/v1/centres?name=a%00b")
                .contains("<token of member of arnhem with role hirer>")
                .contains("<'a' x 5000>")
                .contains("\\u0000")
                .doesNotContain(hirer.token().substring(0, 20));
    }

    @Test
    void anErrorIsProblemJsonOnlyWithTheMediaTypeATitleAndTheSameStatus() {
        assertThat(ApiFuzzer.problemJsonFault(
                        answer(400, "application/problem+json", "{\"status\":400,\"title\":\"x\"}")))
                .isNull();
        assertThat(ApiFuzzer.problemJsonFault(answer(400, "text/html;charset=utf-8", "<html>")))
                .contains("Content-Type");
        assertThat(ApiFuzzer.problemJsonFault(
                        answer(404, "application/problem+json", "{\"status\":400,\"title\":\"x\"}")))
                .contains("status");
        assertThat(ApiFuzzer.problemJsonFault(answer(400, "application/problem+json", "")))
                .isNotNull();
    }

    private static FuzzRequest.Answer answer(int status, String contentType, String body) {
        return new FuzzRequest.Answer(status, contentType, "1.0.0", body, null);
    }
}
