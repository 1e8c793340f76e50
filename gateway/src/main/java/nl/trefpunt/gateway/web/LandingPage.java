package nl.trefpunt.gateway.web;

import java.util.Comparator;
import java.util.List;
import nl.trefpunt.gateway.identity.Caller;
import nl.trefpunt.gateway.identity.Callers;
import nl.trefpunt.gateway.identity.GatewayPaths;
import nl.trefpunt.gateway.identity.SessionExpired;
import nl.trefpunt.gateway.tenant.Tenant;
import nl.trefpunt.gateway.tenant.TenantDirectory;
import nl.trefpunt.gateway.tenant.TenantDirectoryUnavailable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The front door at {@code /}: the municipalities the signed-in person belongs to, each a link to
 * its centres; a login button for everyone else.
 */
@Controller
class LandingPage {

    /** Where a tenant's link leads: its centres, the page every role starts from. */
    static final String TENANT_START = "/centra";

    private final Callers callers;
    private final TenantDirectory directory;

    LandingPage(Callers callers, TenantDirectory directory) {
        this.callers = callers;
        this.directory = directory;
    }

    /** One municipality on the page. */
    record TenantLink(String name, String href) {}

    @GetMapping("/")
    Mono<Rendering> landing(ServerWebExchange exchange) {
        return callers.of(exchange)
                .onErrorResume(SessionExpired.class, expired -> Mono.empty())
                .flatMap(this::forCaller)
                .switchIfEmpty(Mono.fromSupplier(
                        () -> page().modelAttribute("signedIn", false).build()));
    }

    private Mono<Rendering> forCaller(Caller caller) {
        return directory
                .all()
                .map(tenants -> page().modelAttribute("signedIn", true)
                        .modelAttribute("name", caller.displayName())
                        .modelAttribute("platformAdmin", caller.isPlatformAdmin())
                        .modelAttribute("tenants", linksFor(caller, tenants))
                        .modelAttribute("unavailable", false)
                        .build())
                .onErrorResume(
                        TenantDirectoryUnavailable.class,
                        e -> Mono.just(page().modelAttribute("signedIn", true)
                                .modelAttribute("name", caller.displayName())
                                .modelAttribute("platformAdmin", caller.isPlatformAdmin())
                                .modelAttribute("tenants", List.of())
                                .modelAttribute("unavailable", true)
                                .build()));
    }

    static List<TenantLink> linksFor(Caller caller, List<Tenant> tenants) {
        return tenants.stream()
                .filter(Tenant::active)
                .filter(tenant -> caller.mayEnter(tenant.slug()))
                .sorted(Comparator.comparing(Tenant::displayName))
                .map(tenant -> new TenantLink(tenant.displayName(), "/" + tenant.slug() + TENANT_START))
                .toList();
    }

    private static Rendering.Builder<?> page() {
        return Rendering.view("landing")
                .modelAttribute("loginHref", GatewayPaths.LOGIN)
                .modelAttribute("logoutAction", GatewayPaths.LOGOUT);
    }
}
