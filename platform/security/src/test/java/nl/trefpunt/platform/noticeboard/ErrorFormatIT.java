package nl.trefpunt.platform.noticeboard;

import static nl.trefpunt.platform.test.ProblemAssertions.assertProblem;
import static nl.trefpunt.platform.test.ProblemAssertions.invalidParamNames;
import static org.assertj.core.api.Assertions.assertThat;

import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every answer follows the API conventions, errors included: problem+json, API-Version, no internals. */
@ServiceIntegrationTest
class ErrorFormatIT {

    @LocalServerPort
    int port;

    Api arnhem;

    @BeforeEach
    void provision() {
        Api.on(port).as(TestTokens.service()).put("/internal/tenants/arnhem", "");
        arnhem = Api.on(port)
                .as(TestTokens.member("arnhem", "municipality-staff"))
                .tenant("arnhem");
    }

    @Test
    void unknownPathIsProblemJsonNotWhitelabel() {
        Api.Response response = arnhem.get("/api/v1/does-not-exist");

        assertProblem(response, 404);
        assertThat(response.body()).doesNotContain("Whitelabel", "trace", "Exception");
    }

    @Test
    void unknownPathOutsideTheApiIsProblemJsonToo() {
        assertProblem(arnhem.get("/nergens/te/vinden"), 404);
    }

    @Test
    void staticAssetsNeedNoTokenButTenantDataDoes() {
        assertProblem(Api.on(port).get("/css/absent.css"), 404);
        assertProblem(Api.on(port).tenant("arnhem").get("/api/v1/notices"), 401);
    }

    @Test
    void wrongMethodIsProblemJson() {
        assertProblem(arnhem.delete("/api/v1/notices"), 405);
    }

    @Test
    void malformedJsonIsBadInput() {
        Api.Response response = arnhem.postRaw("/api/v1/notices", "application/json", "{\"text\": ");

        assertProblem(response, 400);
        assertThat(response.body()).doesNotContain("tools.jackson", "com.fasterxml");
    }

    @Test
    void wrongContentTypeIsProblemJson() {
        assertProblem(arnhem.postRaw("/api/v1/notices", "text/plain", "hallo"), 415);
    }

    @Test
    void invalidFieldsAreNamedOneByOne() {
        Api.Response blank = arnhem.post("/api/v1/notices", new TenantIsolationIT.Text("  "));
        Api.Response tooLong = arnhem.post("/api/v1/notices", new TenantIsolationIT.Text("x".repeat(201)));

        assertProblem(blank, 400);
        assertThat(invalidParamNames(blank.json())).containsExactly("text");
        assertProblem(tooLong, 400);
        assertThat(invalidParamNames(tooLong.json())).containsExactly("text");
    }

    @Test
    void unknownFieldIsNamedInsteadOfSilentlyDropped() {
        Api.Response response =
                arnhem.postRaw("/api/v1/notices", "application/json", "{\"text\": \"Soep\", \"txet\": \"Soep\"}");

        assertProblem(response, 400);
        assertThat(invalidParamNames(response.json())).containsExactly("txet");
    }

    @Test
    void fieldOfTheWrongTypeIsNamed() {
        Api.Response response = arnhem.postRaw("/api/v1/notices", "application/json", "{\"text\": [\"Soep\"]}");

        assertProblem(response, 400);
        assertThat(invalidParamNames(response.json())).containsExactly("text");
    }

    @Test
    void malformedIdIsBadInputNotServerError() {
        Api.Response response = arnhem.get("/api/v1/notices/not-a-uuid");

        assertProblem(response, 400);
        assertThat(invalidParamNames(response.json())).containsExactly("id");
    }

    @Test
    void successfulResponsesCarryApiVersionAndSecurityHeaders() {
        Api.Response response = arnhem.get("/api/v1/notices");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void openApiDocumentFollowsTheNlApiDesignRules() {
        Api.Response response = Api.on(port).get("/api/v1/openapi.json");

        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        assertThat(document.get("servers").get(0).get("url").asString()).endsWith("/api/v1");
        assertThat(document.get("info").get("contact").get("email").asString()).isNotBlank();
        JsonNode post = document.get("paths").get("/notices").get("post");
        assertThat(post.get("responses").get("201").get("headers").has("API-Version"))
                .isTrue();
        assertThat(post.get("responses").get("400").get("content").has("application/problem+json"))
                .isTrue();
        assertThat(document.get("paths").has("/api/v1/notices")).isFalse();
    }
}
