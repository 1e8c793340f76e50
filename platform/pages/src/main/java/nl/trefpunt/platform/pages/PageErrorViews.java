package nl.trefpunt.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.trefpunt.platform.web.ResourceNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a failed page request as an error page in the shared shell, in the person's language,
 * while API requests keep their problem+json (platform-web). A request is a page request when its
 * controller is a {@link Pages} controller, or when no controller took it (an unknown address)
 * and the browser asked for {@code text/html}.
 *
 * <p>Runs before Spring MVC's own resolvers: platform-web's catch-all API advice would otherwise
 * answer every page failure with JSON. A page controller's own {@code @ExceptionHandler} methods
 * still come first, so a page can handle what it expects (e.g. re-show a form on a conflict).
 */
class PageErrorViews implements HandlerExceptionResolver, Ordered {

    static final String VIEW = "trefpunt/error";
    private static final Logger log = LoggerFactory.getLogger(PageErrorViews.class);

    private final ShellModel shells;
    private final Map<Class<?>, ExceptionHandlerMethodResolver> ownHandlers = new ConcurrentHashMap<>();

    PageErrorViews(ShellModel shells) {
        this.shells = shells;
    }

    @Override
    public int getOrder() {
        // After Boot's DefaultErrorAttributes (which only records the error), before MVC's resolvers.
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!isPageRequest(request, handler) || handlesItself(handler, failure)) {
            return null;
        }
        HttpStatusCode status = statusOf(failure);
        if (status.is5xxServerError()) {
            log.error("Page {} failed", request.getRequestURI(), failure);
        } else {
            log.debug("Page {} answered {}: {}", request.getRequestURI(), status.value(), failure.toString());
        }
        ModelAndView view = new ModelAndView(VIEW);
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("reason", reasonOf(status));
        view.addObject(ShellModel.ATTRIBUTE, shells.of(request, Map.of()));
        return view;
    }

    /** The message-key part for the page text; statuses without their own text share one. */
    static String reasonOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400, 401, 403, 404, 405, 413, 500 -> String.valueOf(status.value());
            default -> status.is4xxClientError() ? "4xx" : "5xx";
        };
    }

    static HttpStatusCode statusOf(Exception failure) {
        if (failure instanceof ResourceNotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (failure instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (failure instanceof AuthenticationException) {
            return HttpStatus.UNAUTHORIZED;
        }
        if (failure instanceof ErrorResponse response) {
            return response.getStatusCode();
        }
        if (failure instanceof TypeMismatchException || failure instanceof BindException) {
            return HttpStatus.BAD_REQUEST;
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(failure.getClass(), ResponseStatus.class);
        if (annotated != null) {
            return annotated.code();
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static boolean isPageRequest(HttpServletRequest request, Object handler) {
        if (handler instanceof HandlerMethod method) {
            return AnnotatedElementUtils.hasAnnotation(method.getBeanType(), Pages.class);
        }
        return acceptsHtml(request);
    }

    /** Explicitly, as browsers ask for pages; a bare {@code *}{@code /*} is an API client. */
    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(type -> "text".equals(type.getType()) && "html".equals(type.getSubtype()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private boolean handlesItself(Object handler, Exception failure) {
        if (!(handler instanceof HandlerMethod method)) {
            return false;
        }
        ExceptionHandlerMethodResolver own =
                ownHandlers.computeIfAbsent(method.getBeanType(), ExceptionHandlerMethodResolver::new);
        return own.hasExceptionMappings() && own.resolveMethod(failure) != null;
    }
}
