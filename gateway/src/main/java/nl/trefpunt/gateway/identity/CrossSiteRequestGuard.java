package nl.trefpunt.gateway.identity;

import java.net.URI;
import java.util.Set;
import nl.trefpunt.gateway.web.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Cross-site request forgery protection for everything behind the gateway. The services render
 * the forms, so they cannot embed a token that only the gateway knows; instead the gateway refuses
 * state-changing requests that a browser marks as coming from another site ({@code Sec-Fetch-Site},
 * else {@code Origin}). Requests with a bearer token carry no ambient credential and pass. Together
 * with the {@code SameSite=Lax} session cookie this is the defence; see README.
 */
class CrossSiteRequestGuard implements WebFilter {

    private static final Set<HttpMethod> SAFE =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (SAFE.contains(request.getMethod()) || hasBearerToken(request) || !isCrossSite(request)) {
            return chain.filter(exchange);
        }
        return Mono.error(new Refusal(HttpStatus.FORBIDDEN, "cross-site"));
    }

    static boolean isCrossSite(ServerHttpRequest request) {
        String fetchSite = request.getHeaders().getFirst("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !SAME_SITE_FETCHES.contains(fetchSite);
        }
        String origin = request.getHeaders().getFirst(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false; // not a browser, or a browser too old to tell: nothing ambient to forge with
        }
        if ("null".equals(origin)) {
            return true;
        }
        URI own = request.getURI();
        try {
            URI from = URI.create(origin);
            return !(own.getScheme().equalsIgnoreCase(from.getScheme())
                    && own.getHost() != null
                    && own.getHost().equalsIgnoreCase(from.getHost())
                    && port(own) == port(from));
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    private static boolean hasBearerToken(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
