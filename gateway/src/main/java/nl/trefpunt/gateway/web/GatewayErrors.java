package nl.trefpunt.gateway.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import nl.trefpunt.gateway.identity.GatewayPaths;
import nl.trefpunt.gateway.identity.KeycloakUnavailable;
import nl.trefpunt.gateway.identity.SessionExpired;
import nl.trefpunt.gateway.tenant.TenantDirectoryUnavailable;
import nl.trefpunt.gateway.tenant.TenantForbidden;
import nl.trefpunt.gateway.tenant.TenantNotFound;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webflux.autoconfigure.error.AbstractErrorWebExceptionHandler;
import org.springframework.boot.webflux.error.ErrorAttributes;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway answers itself: problem+json on API paths, a page in the shell for
 * browsers, both in the caller's language ({@link CallerLanguage}). Takes the place of Boot's
 * default handler, whose JSON is not problem+json. Filters that refuse a request raise a
 * {@link Refusal} and end up here too.
 */
@Component
@Order(-2)
class GatewayErrors extends AbstractErrorWebExceptionHandler {

    private static final Log log = LogFactory.getLog(GatewayErrors.class);

    private final MessageSource messages;
    private final String apiVersion;

    GatewayErrors(
            ErrorAttributes errorAttributes,
            WebProperties webProperties,
            ApplicationContext context,
            ObjectProvider<ViewResolver> viewResolvers,
            ServerCodecConfigurer codecs,
            MessageSource messages,
            @Value("${trefpunt.api.version:1.0.0}") String apiVersion) {
        super(errorAttributes, webProperties.getResources(), context);
        setViewResolvers(viewResolvers.orderedStream().toList());
        setMessageWriters(codecs.getWriters());
        setMessageReaders(codecs.getReaders());
        this.messages = messages;
        this.apiVersion = apiVersion;
    }

    @Override
    protected RouterFunction<ServerResponse> getRoutingFunction(ErrorAttributes errorAttributes) {
        return RouterFunctions.route(
                RequestPredicates.all(), request -> answer(request, errorAttributes.getError(request)));
    }

    private Mono<ServerResponse> answer(ServerRequest request, Throwable error) {
        ServerHttpRequest received = request.exchange().getRequest();
        if (error instanceof SessionExpired && !ApiRequests.isApi(received)) {
            return ServerResponse.seeOther(URI.create(GatewayPaths.LOGIN)).build();
        }
        Refusal answer = answerFor(error);
        // A path refused for its tricks ("/..;/oss/api/...") does not parse as an API path; that
        // it names the API is enough to answer as one.
        boolean api = ApiRequests.isApi(received)
                || (answer.status() == HttpStatus.BAD_REQUEST
                        && received.getPath().value().contains("/api/"));
        Mono<Void> logged = answer.status().is5xxServerError()
                ? RequestLogContext.log(
                        request.exchange(),
                        () -> log.warn(
                                "Answered " + answer.status().value() + " for " + request.method() + " "
                                        + request.path(),
                                error))
                : Mono.empty();
        return logged.then(Mono.defer(() -> respond(request, api, answer)));
    }

    private Mono<ServerResponse> respond(ServerRequest request, boolean api, Refusal answer) {
        Locale locale = request.exchange().getLocaleContext().getLocale();
        String title = messages.getMessage("problem." + answer.key() + ".title", null, locale);
        String detail = messages.getMessage("problem." + answer.key() + ".detail", answer.arguments(), locale);
        ServerResponse.BodyBuilder response = ServerResponse.status(answer.status())
                .headers(headers -> headers.addAll(answer.headers()))
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        if (api) {
            return response.header(ApiRequests.VERSION_HEADER, apiVersion)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyValue(ProblemResponses.body(answer.status(), title, detail));
        }
        CallerLanguage.remember(request.exchange());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("status", answer.status().value());
        model.put("title", title);
        model.put("detail", detail);
        model.put("shell", PageShell.of(request.exchange().getRequest(), locale, null, null));
        return response.contentType(MediaType.TEXT_HTML).render("error", model);
    }

    /** What to tell the person or client: status and the key of the text. */
    static Refusal answerFor(Throwable error) {
        Refusal refusal = causeOf(error, Refusal.class);
        if (refusal != null) {
            return refusal;
        }
        if (error instanceof TenantNotFound) {
            return new Refusal(HttpStatus.NOT_FOUND, "tenant-not-found");
        }
        if (error instanceof TenantForbidden forbidden) {
            return new Refusal(
                    HttpStatus.FORBIDDEN, "tenant-forbidden", forbidden.tenant().displayName());
        }
        if (error instanceof SessionExpired) {
            return new Refusal(HttpStatus.UNAUTHORIZED, "session-expired")
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (causeOf(error, KeycloakUnavailable.class) != null) {
            return new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "keycloak-unavailable");
        }
        if (error instanceof TenantDirectoryUnavailable) {
            return new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "tenant-directory-unavailable");
        }
        if (error instanceof HttpStatusCodeException limited
                && limited.getStatusCode().value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
            Refusal tooMany = new Refusal(HttpStatus.TOO_MANY_REQUESTS, "rate-limited");
            HttpHeaders sent = limited.getResponseHeaders();
            if (sent != null && sent.getFirst(HttpHeaders.RETRY_AFTER) != null) {
                tooMany.withHeader(HttpHeaders.RETRY_AFTER, sent.getFirst(HttpHeaders.RETRY_AFTER));
            }
            return tooMany;
        }
        if (error instanceof ResponseStatusException status) {
            Refusal answer = byStatus(status.getStatusCode());
            status.getHeaders().forEach((name, values) -> answer.withHeader(name, values.get(0)));
            return answer;
        }
        if (causeOf(error, DataBufferLimitException.class) != null) {
            return new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large-generic");
        }
        // Netty's read/connect timeouts are ChannelExceptions, not java.util.concurrent's.
        if (causeOf(error, TimeoutException.class) != null
                || causeOf(error, io.netty.handler.timeout.TimeoutException.class) != null) {
            return byStatus(HttpStatus.GATEWAY_TIMEOUT);
        }
        if (causeOf(error, IOException.class) != null) { // refused, reset, closed before answering
            return byStatus(HttpStatus.BAD_GATEWAY);
        }
        return byStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static Refusal byStatus(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String key = switch (status) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "denied";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case PAYLOAD_TOO_LARGE -> "body-too-large-generic";
            case URI_TOO_LONG -> "uri-too-long";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "headers-too-large";
            case BAD_GATEWAY, SERVICE_UNAVAILABLE -> "unavailable";
            case GATEWAY_TIMEOUT -> "timeout";
            default -> status.is4xxClientError() ? "client-error" : "server-error";
        };
        return new Refusal(status.isError() ? status : HttpStatus.INTERNAL_SERVER_ERROR, key);
    }

    private static <T extends Throwable> T causeOf(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
