package nl.trefpunt.gateway.tenant;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.addOriginalRequestUrl;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.getUriTemplateVariables;

import nl.trefpunt.gateway.identity.Callers;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The tenant boundary (DESIGN decision 3). For a route under {@code /{tenant}}: the tenant must
 * exist and be active (else 404), the caller's token must belong to it (else 403); then the
 * request goes on without the {@code /{tenant}} prefix, with {@code Trefpunt-Tenant} set by the
 * gateway alone (and {@code X-Forwarded-Prefix} by {@code ForwardingHeaders} on the way out). Runs after Spring Security (so the caller
 * is known) and before the route's rate limiter (whose key is the tenant admitted here).
 */
@Component
public class TenantGate implements GlobalFilter, Ordered {

    public static final String TENANT_HEADER = "Trefpunt-Tenant";
    public static final String PREFIX_HEADER = "X-Forwarded-Prefix";
    /** Exchange attribute holding the slug the path asked for, valid or not, for logging. */
    public static final String REQUESTED_TENANT_ATTRIBUTE = TenantGate.class.getName() + ".requested";
    /** Exchange attribute holding the admitted {@link Tenant}. */
    public static final String TENANT_ATTRIBUTE = TenantGate.class.getName() + ".tenant";

    static final int ORDER = -100;

    private final TenantDirectory directory;
    private final Callers callers;

    public TenantGate(TenantDirectory directory, Callers callers) {
        this.directory = directory;
        this.callers = callers;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        TenantAccess access = TenantAccess.of(route);
        if (access == null) {
            return chain.filter(exchange);
        }
        String requested = getUriTemplateVariables(exchange).get(TenantAccess.PATH_VARIABLE);
        TenantSlug slug = TenantSlug.parse(requested).orElse(null);
        if (slug != null) {
            exchange.getAttributes().put(REQUESTED_TENANT_ATTRIBUTE, slug.value());
        }
        if (slug == null || climbsOut(exchange.getRequest().getPath())) {
            return Mono.error(new TenantNotFound(requested));
        }
        return directory
                .find(slug)
                .filter(Tenant::active)
                .switchIfEmpty(Mono.error(() -> new TenantNotFound(slug.value())))
                .flatMap(tenant -> admit(exchange, tenant, access))
                .flatMap(tenant -> chain.filter(enter(exchange, tenant)))
                .contextWrite(TenantLogContext.of(slug));
    }

    private Mono<Tenant> admit(ServerWebExchange exchange, Tenant tenant, TenantAccess access) {
        if (access == TenantAccess.PUBLIC) {
            return Mono.just(tenant);
        }
        return callers.of(exchange)
                .filter(caller -> caller.mayEnter(tenant.slug()))
                .switchIfEmpty(Mono.error(() -> new TenantForbidden(tenant)))
                .thenReturn(tenant);
    }

    /** The request as the service sees it: path without the tenant, tenant and prefix headers from us. */
    private static ServerWebExchange enter(ServerWebExchange exchange, Tenant tenant) {
        ServerHttpRequest original = exchange.getRequest();
        addOriginalRequestUrl(exchange, original.getURI());
        RequestPath path = original.getPath();
        // Elements: "/", "{tenant}", "/", ...; what follows the tenant segment is the service's path.
        String rest = path.elements().size() > 2 ? path.subPath(2).value() : "/";
        ServerHttpRequest request = original.mutate()
                .path(path.contextPath().value() + rest)
                .headers(headers -> headers.set(TENANT_HEADER, tenant.slug()))
                .build();
        ServerWebExchange entered = exchange.mutate().request(request).build();
        entered.getAttributes().put(TENANT_ATTRIBUTE, tenant);
        return entered;
    }

    /** {@code /arnhem/centra/../../oss/...}: refused rather than trusting every service to normalise alike. */
    private static boolean climbsOut(RequestPath path) {
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.PathSegment segment
                    && (segment.valueToMatch().equals("..")
                            || segment.valueToMatch().equals("."))) {
                return true;
            }
        }
        return false;
    }
}
