package nl.trefpunt.tenant.registry.web;

import java.util.Locale;
import nl.trefpunt.platform.pages.Pages;
import nl.trefpunt.platform.tenancy.TenantContext;
import nl.trefpunt.platform.tenancy.TenantId;
import nl.trefpunt.tenant.registry.Caller;
import nl.trefpunt.tenant.registry.TenantRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The municipality's own management page ({@code /{tenant}/beheer} at the gateway): how the
 * platform knows it (name, CBS gemeentecode, status, whether it is set up everywhere). For the
 * municipality's admin and the platform, the same people who manage its members; anyone else gets
 * the 403 page.
 */
@Pages
@RequestMapping("/beheer")
class TenantPages {

    private final TenantRegistry registry;

    TenantPages(TenantRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    String overview(JwtAuthenticationToken authentication, Locale locale, Model model) {
        TenantId tenant = TenantContext.require();
        Caller caller = Callers.of(authentication);
        if (!caller.administers(tenant)) {
            throw new AccessDeniedException("Only the municipality's admin or the platform manages " + tenant.slug());
        }
        model.addAttribute("tenant", TenantView.of(registry.seenBy(caller, tenant), locale));
        return "tenant/overview";
    }
}
