package nl.trefpunt.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error an API answers is problem+json: bad input is a 400 with the fields at fault, an
 * unknown resource a 404, and anything unexpected a 500 that says nothing about the inside.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ResourceNotFound.class)
    ResponseEntity<ProblemDetail> notFound(ResourceNotFound e) {
        return Problems.response(HttpStatus.NOT_FOUND, statusTitle(HttpStatus.NOT_FOUND), e.getLocalizedMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(new Problems.InvalidParam(e.getName(), ProblemTexts.text("reason.invalidValue"))));
    }

    /** A service this request needs could not say yes or no in time: nothing was stored. */
    @ExceptionHandler(DependencyUnavailable.class)
    ResponseEntity<ProblemDetail> dependencyUnavailable(DependencyUnavailable e) {
        log.warn("Dependency unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(Problems.PROBLEM_JSON)
                .body(Problems.problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        statusTitle(HttpStatus.SERVICE_UNAVAILABLE),
                        ProblemTexts.text("status.503.detail")));
    }

    /** A multipart body that cannot be read (no boundary, cut off): the caller's fault. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
        return Problems.response(
                HttpStatus.BAD_REQUEST,
                statusTitle(HttpStatus.BAD_REQUEST),
                ProblemTexts.text("invalidInput.unreadableParameters"));
    }

    /** A body without Content-Length that grew past the limit while it was read. */
    @ExceptionHandler(BodyTooLarge.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLarge e) {
        return Problems.response(
                HttpStatus.CONTENT_TOO_LARGE,
                statusTitle(HttpStatus.CONTENT_TOO_LARGE),
                ProblemTexts.text("invalidInput.bodyTooLarge", e.limit()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        return badRequest(e.getConstraintViolations().stream()
                .map(v -> new Problems.InvalidParam(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problems.InvalidParam::name))
                .toList());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return Problems.response(
                HttpStatus.INTERNAL_SERVER_ERROR,
                statusTitle(HttpStatus.INTERNAL_SERVER_ERROR),
                ProblemTexts.text("status.500.detail"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.InvalidParam> params = e.getBindingResult().getAllErrors().stream()
                .map(error -> new Problems.InvalidParam(
                        error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        error.getDefaultMessage()))
                .sorted(Comparator.comparing(Problems.InvalidParam::name))
                .toList();
        return asObject(badRequest(params));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.InvalidParam> params = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problems.InvalidParam(
                                nameOf(result.getMethodParameter().getParameterName(), error),
                                error.getDefaultMessage())))
                .sorted(Comparator.comparing(Problems.InvalidParam::name))
                .toList();
        return asObject(badRequest(params));
    }

    /**
     * Malformed JSON says so; well-formed JSON with a field of the wrong type, or a field the API
     * does not know (a typo would otherwise silently lose data), names that field.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLarge tooLarge = causeOfType(e, BodyTooLarge.class);
        if (tooLarge != null) {
            return asObject(bodyTooLarge(tooLarge));
        }
        JacksonException jackson = causeOfType(e, JacksonException.class);
        if (jackson != null && !jackson.getPath().isEmpty()) {
            String reason = jackson instanceof UnrecognizedPropertyException
                    ? ProblemTexts.text("reason.unknownField")
                    : jackson instanceof AcceptableTextModule.UnacceptableText
                            ? ProblemTexts.text("reason.unacceptableText")
                            : ProblemTexts.text("reason.wrongShape");
            return asObject(badRequest(List.of(new Problems.InvalidParam(fieldPath(jackson.getPath()), reason))));
        }
        return asObject(Problems.response(
                HttpStatus.BAD_REQUEST,
                ProblemTexts.text("invalidInput.title"),
                ProblemTexts.text("invalidInput.body")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(badRequest(
                List.of(new Problems.InvalidParam(e.getParameterName(), ProblemTexts.text("reason.required")))));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(Problems.response(
                HttpStatus.NOT_FOUND, statusTitle(HttpStatus.NOT_FOUND), ProblemTexts.text("status.404.detail")));
    }

    /** Spring's own problems (405, 406, 415, ...) keep their status but get our content type. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(Problems.PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, status);
    }

    private static String statusTitle(HttpStatus status) {
        return ProblemTexts.text("status." + status.value() + ".title");
    }

    private static ResponseEntity<ProblemDetail> badRequest(List<Problems.InvalidParam> params) {
        return ResponseEntity.badRequest().contentType(Problems.PROBLEM_JSON).body(Problems.invalidInput(params));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }

    private static String nameOf(String parameter, MessageSourceResolvable error) {
        return error instanceof FieldError field ? field.getField() : parameter;
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
