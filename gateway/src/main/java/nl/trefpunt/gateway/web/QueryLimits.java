package nl.trefpunt.gateway.web;

import nl.trefpunt.gateway.routing.RequestLimitProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses requests with more query parameters than {@code trefpunt.limits.max-query-parameters}
 * (400), before anything parses them into maps. Counts separators in the raw query: no parsing,
 * no allocation per request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class QueryLimits implements WebFilter {

    private final int maxParameters;

    QueryLimits(RequestLimitProperties limits) {
        this.maxParameters = limits.maxQueryParameters();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String query = exchange.getRequest().getURI().getRawQuery();
        if (query != null && parameters(query) > maxParameters) {
            return Mono.error(new Refusal(HttpStatus.BAD_REQUEST, "too-many-parameters", maxParameters));
        }
        return chain.filter(exchange);
    }

    static int parameters(String rawQuery) {
        int count = 0;
        boolean inParameter = false;
        for (int i = 0; i < rawQuery.length(); i++) {
            if (rawQuery.charAt(i) == '&') {
                inParameter = false;
            } else if (!inParameter) {
                inParameter = true;
                count++;
            }
        }
        return count;
    }
}
