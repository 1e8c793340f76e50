package nl.trefpunt.gateway.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * NL API Design Rules: every API response carries {@code API-Version}. The services set it on
 * theirs; this adds it to the answers the gateway gives itself (401, 403, 404, 429, 502...) and
 * leaves a service's own value alone. Runs before Spring Security so its answers get it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiVersionHeader implements WebFilter {

    private final String version;

    ApiVersionHeader(@Value("${trefpunt.api.version:1.0.0}") String version) {
        this.version = version;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (ApiRequests.isApi(exchange.getRequest())) {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                if (!headers.containsHeader(ApiRequests.VERSION_HEADER)) {
                    headers.set(ApiRequests.VERSION_HEADER, version);
                }
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }
}
