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
 * admin, or a service account — except on public paths, where anyone may read a tenant's public
 * files. No header is 400 (the accessibility statement is served without one), a foreign tenant
 * 403, an unknown one 404.
 */
class TenantRequestFilter extends OncePerRequestFilter {

    private final ProvisionedTenants tenants;
    private final RequestMatcher tenantFree;
    private final RequestMatcher open;
    private final RequestMatcher tenantOptional;
    private final ProblemWriter problems;

    /**
     * @param open public paths: a tenant, but no member of it, needed
     * @param tenantOptional public paths that are served without a tenant too
     */
    TenantRequestFilter(
            ProvisionedTenants tenants,
            RequestMatcher tenantFree,
            RequestMatcher open,
            RequestMatcher tenantOptional,
            ProblemWriter problems) {
        this.tenants = tenants;
        this.tenantFree = tenantFree;
        this.open = open;
        this.tenantOptional = tenantOptional;
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
        boolean isPublic = open.matches(request);
        if (headers.isEmpty() && tenantOptional.matches(request)) {
            // A public page asked for outside any municipality (the gateway's own pages link to
            // the accessibility statement): served without a tenant.
            chain.doFilter(request, response);
            return;
        }
        if (headers.isEmpty() || headers.get(0).isBlank()) {
            problems.writeTexts(
                    request, response, HttpStatus.BAD_REQUEST, "tenant.missing.title", "tenant.missing.detail");
            return;
        }
        if (headers.size() > 1) {
            problems.writeTexts(
                    request, response, HttpStatus.BAD_REQUEST, "tenant.invalid.title", "tenant.ambiguous.detail");
            return;
        }
        TenantId tenant;
        try {
            tenant = TenantId.of(headers.get(0));
        } catch (TenantId.InvalidTenantId e) {
            problems.writeTexts(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "tenant.invalid.title",
                    "tenant.invalid.detail",
                    shown(headers.get(0)));
            return;
        }
        // Public paths (a tenant's house style) need a tenant, not a member of it.
        if (!open.matches(request)
                && !mayEnter(SecurityContextHolder.getContext().getAuthentication(), tenant)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "tenant.forbidden.detail");
            return;
        }
        if (!tenants.contains(tenant)) {
            problems.writeTexts(
                    request,
                    response,
                    HttpStatus.NOT_FOUND,
                    "tenant.unknown.title",
                    "tenant.unknown.detail",
                    tenant.slug());
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

    /** A header value as it may be shown back: at most 63 characters, printable ASCII only. */
    private static String shown(String header) {
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < header.length() && i < 63; i++) {
            char c = header.charAt(i);
            safe.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return safe.toString();
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
