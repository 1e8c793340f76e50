package nl.trefpunt.gateway.tenant;

import java.net.URI;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code /{tenant}} (what people type) opens the municipality's start page, its centres. The route
 * ({@code tenant-start} in {@code ServiceRoutes}) is public: the tenant gate has already answered
 * 404 for a path that names no active municipality, and the start page itself asks for the login.
 * Answers without going to a service.
 */
public class TenantStart implements GatewayFilter {

    /** The paths this answers, for the route and the security rules. */
    public static final String[] PATHS = {"/{tenant}", "/{tenant}/"};

    /** Where a municipality starts: its centres, the page every role starts from. */
    public static final String START_PAGE = "/centra";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Tenant tenant = exchange.getAttribute(TenantGate.TENANT_ATTRIBUTE);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.FOUND);
        response.getHeaders().setLocation(URI.create("/" + tenant.slug() + START_PAGE));
        return response.setComplete();
    }
}
