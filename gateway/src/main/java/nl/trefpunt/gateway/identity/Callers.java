package nl.trefpunt.gateway.identity;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Finds the access token a request will carry to the services: the bearer token an API client
 * sent, or the one the browser's session holds (renewed with the refresh token when it expired,
 * exactly as the TokenRelay filter will do a moment later).
 */
@Component
public class Callers {

    private final ReactiveOAuth2AuthorizedClientManager sessionClients;
    private final ReactiveJwtDecoder jwtDecoder;

    public Callers(ReactiveOAuth2AuthorizedClientManager sessionClients, ReactiveJwtDecoder jwtDecoder) {
        this.sessionClients = sessionClients;
        this.jwtDecoder = jwtDecoder;
    }

    /** The caller, or empty for an anonymous request. */
    public Mono<Caller> of(ServerWebExchange exchange) {
        return exchange.getPrincipal().flatMap(principal -> {
            if (principal instanceof JwtAuthenticationToken bearer) {
                return Mono.just(new Caller(bearer.getToken()));
            }
            if (principal instanceof OAuth2AuthenticationToken session) {
                return fromSession(exchange, session);
            }
            return Mono.empty();
        });
    }

    private Mono<Caller> fromSession(ServerWebExchange exchange, OAuth2AuthenticationToken session) {
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(
                        session.getAuthorizedClientRegistrationId())
                .principal(session)
                .attribute(ServerWebExchange.class.getName(), exchange)
                .build();
        return sessionClients
                .authorize(request)
                .flatMap(client -> jwtDecoder.decode(client.getAccessToken().getTokenValue()))
                .map(Caller::new)
                .onErrorMap(error -> !(error instanceof SessionExpired), SessionExpired::new)
                .switchIfEmpty(Mono.error(() -> new SessionExpired(null)));
    }
}
