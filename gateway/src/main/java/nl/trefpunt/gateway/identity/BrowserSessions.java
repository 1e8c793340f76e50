package nl.trefpunt.gateway.identity;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Server-side sessions are for browsers. A request that brings its own bearer token is judged by
 * that token alone and never opens, reads or saves a session: no session to hijack for API
 * clients, and no session-store round trip on the API's hot path.
 */
final class BrowserSessions {

    private BrowserSessions() {}

    static boolean bringsBearerToken(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    static ServerSecurityContextRepository securityContexts() {
        WebSessionServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();
        return new ServerSecurityContextRepository() {
            @Override
            public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
                return bringsBearerToken(exchange) ? Mono.empty() : sessions.save(exchange, context);
            }

            @Override
            public Mono<SecurityContext> load(ServerWebExchange exchange) {
                return bringsBearerToken(exchange) ? Mono.empty() : sessions.load(exchange);
            }
        };
    }

    /** Remembers the page a browser wanted before it was sent to log in; nothing for API clients. */
    static ServerRequestCache savedRequests() {
        WebSessionServerRequestCache sessions = new WebSessionServerRequestCache();
        return new ServerRequestCache() {
            @Override
            public Mono<Void> saveRequest(ServerWebExchange exchange) {
                return bringsBearerToken(exchange) ? Mono.empty() : sessions.saveRequest(exchange);
            }

            @Override
            public Mono<URI> getRedirectUri(ServerWebExchange exchange) {
                return bringsBearerToken(exchange) ? Mono.empty() : sessions.getRedirectUri(exchange);
            }

            @Override
            public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
                return bringsBearerToken(exchange) ? Mono.empty() : sessions.removeMatchingRequest(exchange);
            }
        };
    }
}
