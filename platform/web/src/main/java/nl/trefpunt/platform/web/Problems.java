package nl.trefpunt.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds RFC 9457 problem responses the way every Trefpunt API answers an error. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private Problems() {}

    public static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    public static ResponseEntity<ProblemDetail> response(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem(status, title, detail));
    }

    /** A 400 that says, per field, what is wrong with the input. */
    public static ProblemDetail invalidInput(List<InvalidParam> invalidParams) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                ProblemTexts.text("invalidInput.title"),
                ProblemTexts.text("invalidInput.detail"));
        problem.setProperty("invalidParams", invalidParams);
        return problem;
    }

    /** One field of the input and what is wrong with it. */
    public record InvalidParam(String name, String reason) {}
}
