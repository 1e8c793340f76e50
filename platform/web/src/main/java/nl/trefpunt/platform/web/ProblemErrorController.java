package nl.trefpunt.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (the servlet container, filters) are forwarded to /error; they
 * too become problem+json in the caller's language, without stack trace or Whitelabel page. A
 * filter that refused fields ({@link RequestTextFilter}) or a body ({@link RequestBodyLimit})
 * leaves the details in request attributes.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Locale language = CallerLanguage.of(request);
        ProblemDetail problem =
                Problems.problem(status, ProblemTexts.title(language, status), ProblemTexts.detail(language, status));
        // The request that failed, not /error, which it was forwarded to.
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            try {
                // Already with the gateway's prefix: the forwarded request is the one recorded.
                problem.setInstance(java.net.URI.create(failed));
            } catch (IllegalArgumentException unparsable) {
                // The request's own path was what was wrong with it: no instance then.
            }
        }
        if (request.getAttribute(RequestTextFilter.INVALID_PARAMS) instanceof List<?> invalid) {
            problem.setTitle(ProblemTexts.text(language, "invalidInput.title"));
            problem.setDetail(ProblemTexts.text(language, "invalidInput.detail"));
            problem.setProperty("invalidParams", invalid);
        }
        if (request.getAttribute(RequestTextFilter.DETAIL) instanceof String detail) {
            problem.setDetail(ProblemTexts.text(language, detail));
        }
        if (request.getAttribute(BodyTooLarge.LIMIT) instanceof Long limit) {
            problem.setDetail(ProblemTexts.text(language, "invalidInput.bodyTooLarge", limit));
        }
        return ResponseEntity.status(status).contentType(Problems.PROBLEM_JSON).body(problem);
    }

    /** The status of the failure being reported; an error page asked for directly is a 404. */
    public static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;
        }
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
