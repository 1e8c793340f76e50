package nl.trefpunt.platform.security;

import java.util.ArrayList;
import java.util.List;
import nl.trefpunt.platform.tenancy.ProvisionedTenants;
import nl.trefpunt.platform.tenancy.TenancyAutoConfiguration;
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
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every service is an OAuth2 resource server that checks the token again behind the gateway
 * (defence in depth) and binds each request to a tenant the token allows.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class, after = TenancyAutoConfiguration.class)
@EnableConfigurationProperties(SecurityProperties.class)
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

    @Bean
    SecurityFilterChain serviceSecurity(HttpSecurity http, ProvisionedTenants tenants, SecurityProperties properties)
            throws Exception {
        ProblemWriter problems = new ProblemWriter();
        // The same answers whether the token is missing/invalid (resource server) or a rule refuses.
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problems.write(response, HttpStatus.UNAUTHORIZED, "Niet aangemeld", "Meld u aan om deze gegevens te zien.");
        };
        AccessDeniedHandler denied = (request, response, e) -> problems.write(
                response, HttpStatus.FORBIDDEN, "Geen toegang", "U hebt geen toegang tot deze gegevens.");
        RequestMatcher tenantFree = matcherFor(properties);
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
                .addFilterAfter(new TenantRequestFilter(tenants, tenantFree, problems), AuthorizationFilter.class);
        return http.build();
    }

    private static RequestMatcher matcherFor(SecurityProperties properties) {
        List<String> patterns = new ArrayList<>(ALWAYS_TENANT_FREE);
        patterns.addAll(properties.tenantFreePaths());
        return new OrRequestMatcher(patterns.stream()
                .<RequestMatcher>map(
                        pattern -> PathPatternRequestMatcher.withDefaults().matcher(pattern))
                .toList());
    }
}
