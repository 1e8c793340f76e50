package nl.trefpunt.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * How every Trefpunt API answers an error, asserted once: problem+json with the status in the
 * body, a title, and {@code API-Version}; a 400 for invalid input names each field at fault.
 */
public final class ProblemAssertions {

    private ProblemAssertions() {}

    /** The answer is a problem of this status, as the NL API Design Rules ask. */
    public static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt())
                .as(response.toString())
                .isEqualTo(status);
        assertThat(response.json().get("title").asString())
                .as(response.toString())
                .isNotBlank();
        assertThat(response.header("API-Version")).as(response.toString()).isNotBlank();
    }

    /** A 400 that names exactly these fields (in any order, each once or more). */
    public static void assertInvalid(Api.Response response, String... fields) {
        assertProblem(response, 400);
        assertThat(invalidParamNames(response.json()).stream().distinct().toList())
                .as(response.toString())
                .containsExactlyInAnyOrder(fields);
    }

    /** The names in a problem's {@code invalidParams}, in the order given. */
    public static List<String> invalidParamNames(JsonNode problem) {
        JsonNode params = problem.get("invalidParams");
        assertThat(params).as("invalidParams in " + problem).isNotNull();
        return params.valueStream().map(p -> p.get("name").asString()).toList();
    }
}
