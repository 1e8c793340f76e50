package nl.trefpunt.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.trefpunt.platform.tenancy.ProvisionedTenants;
import nl.trefpunt.platform.tenancy.TenantContext;
import nl.trefpunt.platform.tenancy.TenantId;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the request to its tenant, failing closed. The tenant comes from the gateway's header only,
 * and only when the authenticated token allows it: a member of that organization, a platform
 * admin, or a service account. No header is 400, a foreign tenant 403, an unknown one 404.
 */
class TenantRequestFilter extends OncePerRequestFilter {

    private final ProvisionedTenants tenants;
    private final RequestMatcher tenantFree;
    private final ProblemWriter problems;

    TenantRequestFilter(ProvisionedTenants tenants, RequestMatcher tenantFree, ProblemWriter problems) {
        this.tenants = tenants;
        this.tenantFree = tenantFree;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return tenantFree.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> headers = java.util.Collections.list(request.getHeaders(TenantHeader.NAME));
        if (headers.isEmpty() || headers.get(0).isBlank()) {
            problems.write(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "Gemeente ontbreekt",
                    "Dit verzoek hoort bij een gemeente, maar die is niet meegegeven.");
            return;
        }
        if (headers.size() > 1) {
            problems.write(
                    response, HttpStatus.BAD_REQUEST, "Ongeldige gemeente", "Er is meer dan één gemeente meegegeven.");
            return;
        }
        TenantId tenant;
        try {
            tenant = TenantId.of(headers.get(0));
        } catch (TenantId.InvalidTenantId e) {
            problems.write(response, HttpStatus.BAD_REQUEST, "Ongeldige gemeente", e.getMessage());
            return;
        }
        if (!mayEnter(SecurityContextHolder.getContext().getAuthentication(), tenant)) {
            problems.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "Geen toegang",
                    "U hebt geen toegang tot de gegevens van deze gemeente.");
            return;
        }
        if (!tenants.contains(tenant)) {
            problems.write(
                    response,
                    HttpStatus.NOT_FOUND,
                    "Gemeente niet gevonden",
                    "Gemeente '" + tenant.slug() + "' is niet bekend.");
            return;
        }
        MDC.put("tenant", tenant.slug());
        try {
            TenantContext.runAs(tenant, () -> proceed(chain, request, response));
        } catch (ChainFailure failure) {
            failure.rethrow();
        } finally {
            MDC.remove("tenant");
        }
    }

    static boolean mayEnter(Authentication authentication, TenantId tenant) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return false;
        }
        boolean crossTenant = token.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.PLATFORM_ADMIN.authority())
                        || a.getAuthority().equals(Role.PLATFORM_SERVICE.authority()));
        return crossTenant || KeycloakToken.organizations(token.getToken()).contains(tenant.slug());
    }

    private static void proceed(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new ChainFailure(e);
        }
    }

    /** Carries a checked exception out of the tenant-bound lambda. */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }
}
