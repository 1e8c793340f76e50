package nl.trefpunt.gateway.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The body of a problem+json answer (RFC 9457), as the gateway words its own refusals. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Map<String, Object> body(HttpStatus status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        return problem;
    }
}
