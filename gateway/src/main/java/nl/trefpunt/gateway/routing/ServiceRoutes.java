package nl.trefpunt.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.trefpunt.gateway.tenant.TenantAccess;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which service answers which path. Under {@code /{tenant}} the tenant gate checks the tenant and
 * the caller, strips the prefix and sets the tenant header; then each tenant's rate limit applies
 * and the caller's token is relayed.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceRoutes {

    private record TenantRoute(String id, TenantAccess access, Function<ServiceUrls, URI> service, String... paths) {}

    private static final List<TenantRoute> TENANT_ROUTES = List.of(
            new TenantRoute("core-api", TenantAccess.MEMBERS, ServiceUrls::coreUrl, "/{tenant}/api/v1/centres/**"),
            new TenantRoute(
                    "reservation-api", TenantAccess.MEMBERS, ServiceUrls::reservationUrl, "/{tenant}/api/v1/spaces/**"),
            new TenantRoute("tenant-api", TenantAccess.MEMBERS, ServiceUrls::tenantUrl, "/{tenant}/api/v1/tenant/**"),
            new TenantRoute("core-pages", TenantAccess.MEMBERS, ServiceUrls::coreUrl, "/{tenant}/centra/**"),
            new TenantRoute(
                    "reservation-pages", TenantAccess.MEMBERS, ServiceUrls::reservationUrl, "/{tenant}/ruimtes/**"),
            new TenantRoute("tenant-pages", TenantAccess.MEMBERS, ServiceUrls::tenantUrl, "/{tenant}/beheer/**"),
            // A tenant's own design tokens (uploaded in tenant-service), loaded by every page.
            new TenantRoute("tenant-theme", TenantAccess.PUBLIC, ServiceUrls::tenantUrl, "/{tenant}/huisstijl.css"),
            // The page shell's assets and accessibility statement come from platform/pages, which
            // every service serves; core-service answers them for all.
            new TenantRoute(
                    "shell-assets",
                    TenantAccess.PUBLIC,
                    ServiceUrls::coreUrl,
                    "/{tenant}/css/**",
                    "/{tenant}/js/**",
                    "/{tenant}/fonts/**",
                    "/{tenant}/webjars/**",
                    "/{tenant}/toegankelijkheid"));

    /** Paths under a tenant that need no login (the tenant must still be active). */
    public static final List<String> PUBLIC_TENANT_PATHS = TENANT_ROUTES.stream()
            .filter(route -> route.access() == TenantAccess.PUBLIC)
            .flatMap(route -> Stream.of(route.paths()))
            .toList();

    @Bean
    RouteLocator serviceRouteLocator(
            RouteLocatorBuilder builder,
            ServiceUrls services,
            RateLimiter<?> tenantRateLimiter,
            KeyResolver tenantKey) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (TenantRoute route : TENANT_ROUTES) {
            routes.route(
                    route.id(),
                    spec -> spec.path(route.paths())
                            .filters(filters -> filters.requestRateLimiter(
                                            limit -> limit.setRateLimiter(tenantRateLimiter)
                                                    .setKeyResolver(tenantKey)
                                                    // Lets the error handler answer 429 as problem+json / a page.
                                                    .setThrowOnLimit(true))
                                    .tokenRelay())
                            .metadata(TenantAccess.METADATA_KEY, route.access())
                            .uri(route.service().apply(services)));
        }
        // The platform-wide tenant registry (onboarding): no tenant in the path, tenant-service decides who may.
        routes.route(
                "tenant-registry",
                spec -> spec.path("/api/v1/tenants", "/api/v1/tenants/**")
                        .filters(filters -> filters.tokenRelay())
                        .uri(services.tenantUrl()));
        return routes.build();
    }
}
