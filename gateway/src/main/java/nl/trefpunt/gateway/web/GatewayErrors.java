package nl.trefpunt.gateway.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import nl.trefpunt.gateway.identity.GatewayPaths;
import nl.trefpunt.gateway.identity.SessionExpired;
import nl.trefpunt.gateway.tenant.TenantDirectoryUnavailable;
import nl.trefpunt.gateway.tenant.TenantForbidden;
import nl.trefpunt.gateway.tenant.TenantNotFound;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webflux.autoconfigure.error.AbstractErrorWebExceptionHandler;
import org.springframework.boot.webflux.error.ErrorAttributes;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
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
 * Every error the gateway answers itself: problem+json on API paths, a Dutch page for browsers.
 * Takes the place of Boot's default handler, whose JSON is not problem+json.
 */
@Component
@Order(-2)
class GatewayErrors extends AbstractErrorWebExceptionHandler {

    private static final Log log = LogFactory.getLog(GatewayErrors.class);

    GatewayErrors(
            ErrorAttributes errorAttributes,
            WebProperties webProperties,
            ApplicationContext context,
            ObjectProvider<ViewResolver> viewResolvers,
            ServerCodecConfigurer codecs) {
        super(errorAttributes, webProperties.getResources(), context);
        setViewResolvers(viewResolvers.orderedStream().toList());
        setMessageWriters(codecs.getWriters());
        setMessageReaders(codecs.getReaders());
    }

    @Override
    protected RouterFunction<ServerResponse> getRoutingFunction(ErrorAttributes errorAttributes) {
        return RouterFunctions.route(
                RequestPredicates.all(), request -> answer(request, errorAttributes.getError(request)));
    }

    private Mono<ServerResponse> answer(ServerRequest request, Throwable error) {
        boolean api = ApiRequests.isApi(request.exchange().getRequest());
        if (error instanceof SessionExpired && !api) {
            return ServerResponse.seeOther(URI.create(GatewayPaths.LOGIN)).build();
        }
        Answer answer = Answer.of(error);
        Mono<Void> logged = answer.status().is5xxServerError()
                ? RequestLogContext.log(
                        request.exchange(),
                        () -> log.warn(
                                "Answered " + answer.status().value() + " for " + request.method() + " "
                                        + request.path(),
                                error))
                : Mono.empty();
        return logged.then(respond(api, answer));
    }

    private Mono<ServerResponse> respond(boolean api, Answer answer) {
        ServerResponse.BodyBuilder response =
                ServerResponse.status(answer.status()).headers(headers -> headers.addAll(answer.headers()));
        if (api) {
            return response.contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyValue(ProblemResponses.body(answer.status(), answer.title(), answer.detail()));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("status", answer.status().value());
        model.put("title", answer.title());
        model.put("detail", answer.detail());
        return response.contentType(MediaType.TEXT_HTML).render("error", model);
    }

    /** What to tell the person or client, in Dutch. */
    private record Answer(HttpStatus status, String title, String detail, HttpHeaders headers) {

        static Answer of(Throwable error) {
            if (error instanceof TenantNotFound) {
                return new Answer(
                        HttpStatus.NOT_FOUND,
                        "Gemeente niet gevonden",
                        "Op dit adres staat geen gemeente die Trefpunt gebruikt. Controleer het adres.",
                        HttpHeaders.EMPTY);
            }
            if (error instanceof TenantForbidden forbidden) {
                return new Answer(
                        HttpStatus.FORBIDDEN,
                        "Geen toegang tot deze gemeente",
                        "U bent aangemeld, maar niet bij " + forbidden.tenant().displayName()
                                + ". Kies een gemeente waar u bij hoort.",
                        HttpHeaders.EMPTY);
            }
            if (error instanceof SessionExpired) {
                HttpHeaders headers = new HttpHeaders();
                headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                return new Answer(
                        HttpStatus.UNAUTHORIZED,
                        "Niet aangemeld",
                        "Uw sessie is verlopen. Meld u opnieuw aan.",
                        headers);
            }
            if (error instanceof TenantDirectoryUnavailable) {
                return new Answer(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Tijdelijk niet beschikbaar",
                        "Trefpunt kan nu niet nagaan welke gemeenten er zijn. Probeer het zo opnieuw.",
                        HttpHeaders.EMPTY);
            }
            if (error instanceof HttpStatusCodeException limited
                    && limited.getStatusCode().value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
                HttpHeaders headers = new HttpHeaders();
                HttpHeaders sent = limited.getResponseHeaders();
                if (sent != null && sent.getFirst(HttpHeaders.RETRY_AFTER) != null) {
                    headers.set(HttpHeaders.RETRY_AFTER, sent.getFirst(HttpHeaders.RETRY_AFTER));
                }
                return new Answer(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "Te veel verzoeken",
                        "Er komen nu te veel verzoeken binnen voor deze gemeente. Probeer het over enkele seconden opnieuw.",
                        headers);
            }
            if (error instanceof ResponseStatusException status) {
                return byStatus(status.getStatusCode());
            }
            if (causedBy(error, IOException.class)) { // refused, reset, closed before answering
                return byStatus(HttpStatus.BAD_GATEWAY);
            }
            if (causedBy(error, TimeoutException.class)) {
                return byStatus(HttpStatus.GATEWAY_TIMEOUT);
            }
            return byStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        }

        private static Answer byStatus(HttpStatusCode code) {
            HttpStatus status = HttpStatus.resolve(code.value());
            if (status == null) {
                status = HttpStatus.INTERNAL_SERVER_ERROR;
            }
            return switch (status) {
                case NOT_FOUND ->
                    new Answer(status, "Pagina niet gevonden", "Deze pagina bestaat niet.", HttpHeaders.EMPTY);
                case METHOD_NOT_ALLOWED ->
                    new Answer(
                            status,
                            "Methode niet toegestaan",
                            "Dit adres kan niet op deze manier worden gebruikt.",
                            HttpHeaders.EMPTY);
                case BAD_GATEWAY, SERVICE_UNAVAILABLE ->
                    new Answer(
                            status,
                            "Dienst niet bereikbaar",
                            "Een onderdeel van Trefpunt is nu niet bereikbaar. Probeer het zo opnieuw.",
                            HttpHeaders.EMPTY);
                case GATEWAY_TIMEOUT ->
                    new Answer(
                            status,
                            "Dienst reageert niet",
                            "Een onderdeel van Trefpunt reageerde niet op tijd. Probeer het zo opnieuw.",
                            HttpHeaders.EMPTY);
                default ->
                    status.is4xxClientError()
                            ? new Answer(
                                    status,
                                    "Ongeldig verzoek",
                                    "Dit verzoek kan Trefpunt niet verwerken.",
                                    HttpHeaders.EMPTY)
                            : new Answer(
                                    HttpStatus.INTERNAL_SERVER_ERROR,
                                    "Er ging iets mis",
                                    "Er ging iets mis bij Trefpunt. Probeer het later opnieuw.",
                                    HttpHeaders.EMPTY);
            };
        }

        private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
            return false;
        }
    }
}
