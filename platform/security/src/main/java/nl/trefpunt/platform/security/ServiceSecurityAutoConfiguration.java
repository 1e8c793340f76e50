package nl.trefpunt.platform.security;

import java.util.ArrayList;
import java.util.List;
import nl.trefpunt.platform.tenancy.ProvisionedTenants;
import nl.trefpunt.platform.tenancy.TenancyAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every service is an OAuth2 resource server that checks the token again behind the gateway
 * (defence in depth) and binds each request to a tenant the token allows.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class, after = TenancyAutoConfiguration.class)
@EnableConfigurationProperties({SecurityProperties.class, ServiceCallProperties.class})
@EnableMethodSecurity
@Import(SecurityProblems.class)
public class ServiceSecurityAutoConfiguration {

    private static final List<String> ALWAYS_TENANT_FREE = List.of(
            "/internal/**",
            "/actuator/**",
            "/api/v1/openapi.json",
            "/error",
            "/css/**",
            "/js/**",
            "/fonts/**",
            "/favicon.ico");

    /**
     * Readable by anyone, with or without a tenant: the accessibility statement every service's
     * page shell serves (its footer links there, also from the gateway's own pages).
     */
    private static final List<String> ALWAYS_PUBLIC = List.of("/toegankelijkheid");

    @Bean
    SecurityFilterChain serviceSecurity(HttpSecurity http, ProvisionedTenants tenants, SecurityProperties properties)
            throws Exception {
        ProblemWriter problems = new ProblemWriter();
        // The same answers whether the token is missing/invalid (resource server) or a rule refuses.
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, null);
        };
        AccessDeniedHandler denied =
                (request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN, null);
        RequestMatcher tenantFree = matcherFor(ALWAYS_TENANT_FREE, properties.tenantFreePaths());
        RequestMatcher open = openMatcher(properties.publicPaths());
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(KeycloakToken::authorities);
        authentication.setPrincipalClaimName("sub");

        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // bearer tokens only: no cookies to forge requests with
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/api/v1/openapi.json", "/error")
                        .permitAll()
                        // The page shell's stylesheets, scripts and fonts are the same for everyone.
                        .requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/fonts/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(open)
                        .permitAll()
                        .requestMatchers("/internal/**")
                        .hasAnyAuthority(Role.PLATFORM_SERVICE.authority(), Role.PLATFORM_ADMIN.authority())
                        .requestMatchers("/actuator/**")
                        .hasAnyAuthority(Role.PLATFORM_SERVICE.authority(), Role.PLATFORM_ADMIN.authority())
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)))
                .addFilterAfter(
                        new TenantRequestFilter(tenants, tenantFree, open, openMatcher(List.of()), problems),
                        AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    CrossServiceReferences crossServiceReferences(
            ServiceCallProperties properties, ObjectProvider<ClientRegistrationRepository> registrations) {
        return new CrossServiceReferences(properties, registrations);
    }

    /**
     * Spring Security's firewall, but parameter names and values are left to platform-web's
     * {@code RequestTextFilter}, which answers 400 naming the parameter; the firewall's own check
     * runs lazily inside the chain, where its refusal surfaced as a 500.
     */
    @Bean
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedParameterNames(name -> true);
        firewall.setAllowedParameterValues(value -> true);
        return firewall;
    }

    /** A request the firewall refuses (path tricks, odd headers) is a 400 with a body, written here. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new FirewallRefusal(new ProblemWriter());
    }

    private static RequestMatcher matcherFor(List<String> always, List<String> configured) {
        List<String> patterns = new ArrayList<>(always);
        patterns.addAll(configured);
        return new OrRequestMatcher(patterns.stream()
                .<RequestMatcher>map(
                        pattern -> PathPatternRequestMatcher.withDefaults().matcher(pattern))
                .toList());
    }

    private static RequestMatcher openMatcher(List<String> publicPaths) {
        List<String> patterns = new ArrayList<>(ALWAYS_PUBLIC);
        patterns.addAll(publicPaths);
        List<RequestMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            matchers.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern));
            matchers.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.HEAD, pattern));
        }
        return new OrRequestMatcher(matchers);
    }
}
