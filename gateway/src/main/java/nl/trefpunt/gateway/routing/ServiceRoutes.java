package nl.trefpunt.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.trefpunt.gateway.tenant.TenantAccess;
import nl.trefpunt.gateway.tenant.TenantStart;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which service answers which path. Under {@code /{tenant}} the tenant gate checks the tenant and
 * the caller, strips the prefix and sets the tenant header; then each tenant's rate limit applies
 * and the caller's token is relayed. Every route has a maximum request body ({@link BodyLimits}).
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
            // The accessibility statement names the municipality's contact, which tenant-service keeps.
            new TenantRoute(
                    "tenant-statement", TenantAccess.PUBLIC, ServiceUrls::tenantUrl, "/{tenant}/toegankelijkheid"),
            // The page shell's assets come from platform/pages, which every service serves;
            // core-service answers them for all.
            new TenantRoute(
                    "shell-assets",
                    TenantAccess.PUBLIC,
                    ServiceUrls::coreUrl,
                    "/{tenant}/css/**",
                    "/{tenant}/js/**",
                    "/{tenant}/fonts/**",
                    "/{tenant}/webjars/**"));

    /**
     * The page shell's assets and accessibility statement outside any tenant, for the gateway's own
     * pages (landing, errors): the same files platform/pages serves from every service.
     */
    private static final String[] PLATFORM_ASSETS = {"/css/**", "/js/**", "/fonts/**"};

    /** The platform's accessibility statement (no municipality: the platform's own contact). */
    private static final String PLATFORM_STATEMENT = "/toegankelijkheid";

    /**
     * Paths that need no login: under a tenant (which must still be active) and the platform's
     * assets. Only GET and HEAD are routed there.
     */
    public static final List<String> PUBLIC_PATHS = Stream.concat(
                    TENANT_ROUTES.stream()
                            .filter(route -> route.access() == TenantAccess.PUBLIC)
                            .flatMap(route -> Stream.of(route.paths())),
                    Stream.concat(Stream.of(PLATFORM_ASSETS), Stream.of(PLATFORM_STATEMENT)))
            .toList();

    @Bean
    RouteLocator serviceRouteLocator(
            RouteLocatorBuilder builder,
            ServiceUrls services,
            RateLimiter<?> tenantRateLimiter,
            KeyResolver tenantKey,
            RequestLimitProperties limits) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (TenantRoute route : TENANT_ROUTES) {
            routes.route(route.id(), spec -> {
                var predicate = route.access() == TenantAccess.PUBLIC
                        ? spec.path(route.paths()).and().method(HttpMethod.GET, HttpMethod.HEAD)
                        : spec.path(route.paths());
                return predicate
                        .filters(filters -> filters.requestRateLimiter(limit -> limit.setRateLimiter(tenantRateLimiter)
                                        .setKeyResolver(tenantKey)
                                        // Lets the error handler answer 429 as problem+json / a page.
                                        .setThrowOnLimit(true))
                                .tokenRelay())
                        .metadata(TenantAccess.METADATA_KEY, route.access())
                        .metadata(BodyLimits.METADATA_KEY, limits.maxBodyFor(route.id()))
                        .uri(route.service().apply(services));
            });
        }
        // The platform-wide tenant registry (onboarding): no tenant in the path, tenant-service decides who may.
        routes.route(
                "tenant-registry",
                spec -> spec.path("/api/v1/tenants", "/api/v1/tenants/**")
                        .filters(filters -> filters.tokenRelay())
                        .metadata(BodyLimits.METADATA_KEY, limits.maxBodyFor("tenant-registry"))
                        .uri(services.tenantUrl()));
        routes.route(
                "platform-assets",
                spec -> spec.path(PLATFORM_ASSETS)
                        .and()
                        .method(HttpMethod.GET, HttpMethod.HEAD)
                        .metadata(BodyLimits.METADATA_KEY, limits.maxBodyFor("platform-assets"))
                        .uri(services.coreUrl()));
        routes.route(
                "platform-statement",
                spec -> spec.path(PLATFORM_STATEMENT)
                        .and()
                        .method(HttpMethod.GET, HttpMethod.HEAD)
                        .metadata(BodyLimits.METADATA_KEY, limits.maxBodyFor("platform-statement"))
                        .uri(services.tenantUrl()));
        // /{tenant}: after every other route (/toegankelijkheid is not a tenant); answered by the gateway.
        routes.route(
                "tenant-start",
                spec -> spec.order(1)
                        .path(TenantStart.PATHS)
                        .and()
                        .method(HttpMethod.GET, HttpMethod.HEAD)
                        .filters(filters -> filters.filter(new TenantStart()))
                        .metadata(TenantAccess.METADATA_KEY, TenantAccess.PUBLIC)
                        .uri("no://op"));
        return routes.build();
    }
}
