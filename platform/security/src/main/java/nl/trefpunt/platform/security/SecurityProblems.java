package nl.trefpunt.platform.security;

import nl.trefpunt.platform.web.ProblemTexts;
import nl.trefpunt.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refusal from method security is a 403 (or 401), not an unexpected error. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityProblems {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return Problems.response(
                HttpStatus.FORBIDDEN, ProblemTexts.text("status.403.title"), ProblemTexts.text("denied.action"));
    }

    /**
     * The firewall checks header values when they are first read, which may be inside Spring MVC
     * (an {@code Accept} with a control character): bad input, not a server error.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return Problems.response(
                HttpStatus.BAD_REQUEST, ProblemTexts.text("status.400.title"), ProblemTexts.text("firewall.detail"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return Problems.response(
                HttpStatus.UNAUTHORIZED, ProblemTexts.text("status.401.title"), ProblemTexts.text("status.401.detail"));
    }
}
