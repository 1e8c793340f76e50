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
import nl.trefpunt.gateway.tenant.TenantStart;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The front door at {@code /}: the municipalities the signed-in person belongs to, each a link to
 * its centres, and a logout button; a login button for everyone else. In the page shell, in the
 * caller's language.
 */
@Controller
class LandingPage {

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
        CallerLanguage.remember(exchange);
        return callers.of(exchange)
                .onErrorResume(SessionExpired.class, expired -> Mono.empty())
                .flatMap(caller -> forCaller(exchange, caller))
                .switchIfEmpty(Mono.fromSupplier(() ->
                        page(exchange, null).modelAttribute("signedIn", false).build()));
    }

    private Mono<Rendering> forCaller(ServerWebExchange exchange, Caller caller) {
        return directory
                .all()
                .map(tenants -> page(exchange, caller)
                        .modelAttribute("tenants", linksFor(caller, tenants))
                        .modelAttribute("unavailable", false)
                        .build())
                .onErrorResume(
                        TenantDirectoryUnavailable.class,
                        e -> Mono.just(page(exchange, caller)
                                .modelAttribute("tenants", List.of())
                                .modelAttribute("unavailable", true)
                                .build()));
    }

    static List<TenantLink> linksFor(Caller caller, List<Tenant> tenants) {
        return tenants.stream()
                .filter(Tenant::active)
                .filter(tenant -> caller.mayEnter(tenant.slug()))
                .sorted(Comparator.comparing(Tenant::displayName))
                .map(tenant -> new TenantLink(tenant.displayName(), "/" + tenant.slug() + TenantStart.START_PAGE))
                .toList();
    }

    private static Rendering.Builder<?> page(ServerWebExchange exchange, Caller caller) {
        Rendering.Builder<?> page = Rendering.view("landing")
                .modelAttribute("loginHref", GatewayPaths.LOGIN)
                .modelAttribute(
                        "shell",
                        PageShell.of(
                                exchange.getRequest(),
                                exchange.getLocaleContext().getLocale(),
                                caller == null ? null : caller.displayName(),
                                caller == null ? null : GatewayPaths.LOGOUT));
        if (caller != null) {
            page.modelAttribute("signedIn", true).modelAttribute("platformAdmin", caller.isPlatformAdmin());
        }
        return page;
    }
}
