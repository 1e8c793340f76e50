package nl.trefpunt.gateway.identity;

import java.net.URI;
import nl.trefpunt.gateway.routing.ServiceRoutes;
import nl.trefpunt.gateway.tenant.TenantStart;
import nl.trefpunt.gateway.web.ApiRequests;
import nl.trefpunt.gateway.web.Refusal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * Who may pass the gateway. Browsers log in with Keycloak (authorization code + PKCE) and keep a
 * server-side session; API clients send a Keycloak bearer token. Everything behind a tenant needs
 * one or the other; whether it is the <em>right</em> tenant is the tenant gate's question.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

    private static final String[] OPEN = {
        "/", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/actuator/info"
    };

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(
            ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations) {
        // Refusals are raised, not written here, so GatewayErrors words them (problem+json or a
        // page, in the caller's language) like every other answer of the gateway's own.
        ServerAuthenticationEntryPoint apiEntryPoint =
                (exchange, e) -> Mono.error(new Refusal(HttpStatus.UNAUTHORIZED, "unauthenticated")
                        .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
        ServerAuthenticationEntryPoint entryPoint =
                new DelegatingServerAuthenticationEntryPoint(new DelegateEntry(ApiRequests.MATCHER, apiEntryPoint));
        ServerAccessDeniedHandler denied = (exchange, e) -> Mono.error(new Refusal(HttpStatus.FORBIDDEN, "denied"));

        var logoutSuccess = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
        logoutSuccess.setLogoutSuccessUrl(URI.create("/"));

        ServerRequestCache savedRequests = BrowserSessions.savedRequests();
        RedirectServerAuthenticationEntryPoint toLogin = new RedirectServerAuthenticationEntryPoint(GatewayPaths.LOGIN);
        toLogin.setRequestCache(savedRequests);
        ((DelegatingServerAuthenticationEntryPoint) entryPoint).setDefaultEntryPoint(toLogin);

        return http.securityContextRepository(BrowserSessions.securityContexts())
                .requestCache(cache -> cache.requestCache(savedRequests))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN)
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, ServiceRoutes.PUBLIC_PATHS.toArray(String[]::new))
                        .permitAll()
                        .pathMatchers(HttpMethod.HEAD, ServiceRoutes.PUBLIC_PATHS.toArray(String[]::new))
                        .permitAll()
                        .pathMatchers("/actuator", "/actuator/**")
                        .hasAnyAuthority("ROLE_platform-admin", "ROLE_platform-service")
                        // /{tenant}: 404 or on to the start page, which asks for the login (TenantStart).
                        .pathMatchers(HttpMethod.GET, TenantStart.PATHS)
                        .permitAll()
                        .anyExchange()
                        .authenticated())
                .oauth2Login(login -> {})
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(bearerAuthentication()))
                        .authenticationEntryPoint(apiEntryPoint)
                        .accessDeniedHandler(denied))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .logout(logout -> logout.logoutSuccessHandler(logoutSuccess))
                // Replaced by CrossSiteRequestGuard: the forms come from the services.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .addFilterAt(new CrossSiteRequestGuard(), SecurityWebFiltersOrder.CSRF)
                .headers(headers -> headers.referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    /**
     * No observation (span, timer) per Spring Security filter: ten of them per request cost more
     * than the gateway can afford; the request's own server and client observations remain.
     */
    @Bean
    SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    private static Converter<Jwt, Mono<AbstractAuthenticationToken>> bearerAuthentication() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(Caller::authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
