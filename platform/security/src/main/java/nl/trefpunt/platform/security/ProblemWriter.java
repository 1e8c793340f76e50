package nl.trefpunt.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.trefpunt.platform.web.CallerLanguage;
import nl.trefpunt.platform.web.ProblemTexts;
import nl.trefpunt.platform.web.Problems;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem+json from filters, where no controller advice runs, in the caller's language. */
class ProblemWriter {

    private final JsonMapper json = JsonMapper.builder().build();

    /** The platform's text for the status, or {@code detailCode} from its bundle for the detail. */
    void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String detailCode,
            Object... args)
            throws IOException {
        Locale language = CallerLanguage.of(request);
        String detail = detailCode == null
                ? ProblemTexts.detail(language, status)
                : ProblemTexts.text(language, detailCode, args);
        write(response, status, ProblemTexts.title(language, status), detail);
    }

    /** Title and detail from the platform's bundle, by their codes. */
    void writeTexts(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String titleCode,
            String detailCode,
            Object... args)
            throws IOException {
        Locale language = CallerLanguage.of(request);
        write(response, status, ProblemTexts.text(language, titleCode), ProblemTexts.text(language, detailCode, args));
    }

    void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
