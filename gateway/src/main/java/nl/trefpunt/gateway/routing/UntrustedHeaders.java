package nl.trefpunt.gateway.routing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.trefpunt.gateway.tenant.TenantGate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What a client must not hand to a service: a tenant header of its own choosing (only the tenant
 * gate sets it) and the browser's session cookie (the services get the token, never the session).
 * Forwarding headers ({@code X-Forwarded-*}, {@code Forwarded}) are dropped by Spring Cloud
 * Gateway itself while no trusted proxies are configured; {@link ForwardingHeaders} sets the
 * gateway's own.
 */
@Component
class UntrustedHeaders implements GlobalFilter, Ordered {

    private final String sessionCookie;

    UntrustedHeaders(@Value("${server.reactive.session.cookie.name:SESSION}") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @Override
    public int getOrder() {
        return -200; // before the tenant gate, which sets the tenant header the services may trust
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> {
                    headers.remove(TenantGate.TENANT_HEADER);
                    withoutSessionCookie(headers);
                }))
                .build());
    }

    private void withoutSessionCookie(HttpHeaders headers) {
        List<String> cookies = headers.get(HttpHeaders.COOKIE);
        if (cookies == null || cookies.isEmpty()) {
            return;
        }
        String kept = cookies.stream()
                .flatMap(line -> Arrays.stream(line.split(";")))
                .map(String::strip)
                .filter(cookie -> !cookie.isEmpty() && !cookie.startsWith(sessionCookie + "="))
                .collect(Collectors.joining("; "));
        if (kept.isEmpty()) {
            headers.remove(HttpHeaders.COOKIE);
        } else {
            headers.set(HttpHeaders.COOKIE, kept);
        }
    }
}
