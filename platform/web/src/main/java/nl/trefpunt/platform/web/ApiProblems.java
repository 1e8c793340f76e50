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
        return Problems.response(HttpStatus.NOT_FOUND, "Niet gevonden", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(new Problems.InvalidParam(e.getName(), "heeft geen geldige waarde")));
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
                "Interne fout",
                "Er ging iets mis aan onze kant. Probeer het later opnieuw.");
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
        JacksonException jackson = causeOfType(e, JacksonException.class);
        if (jackson != null && !jackson.getPath().isEmpty()) {
            String reason = jackson instanceof UnrecognizedPropertyException
                    ? "is geen bekend veld"
                    : "heeft niet de verwachte vorm";
            return asObject(badRequest(List.of(new Problems.InvalidParam(fieldPath(jackson.getPath()), reason))));
        }
        return asObject(Problems.response(
                HttpStatus.BAD_REQUEST,
                "Ongeldige invoer",
                "De inhoud van het verzoek ontbreekt of is geen geldige JSON van de verwachte vorm."));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(badRequest(List.of(new Problems.InvalidParam(e.getParameterName(), "is verplicht"))));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(Problems.response(HttpStatus.NOT_FOUND, "Niet gevonden", "Dit adres bestaat niet."));
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
