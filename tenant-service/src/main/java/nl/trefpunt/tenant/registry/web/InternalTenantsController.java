package nl.trefpunt.tenant.registry.web;

import java.util.List;
import nl.trefpunt.platform.tenancy.TenantId;
import nl.trefpunt.platform.web.ResourceNotFound;
import nl.trefpunt.tenant.registry.AccessibilityContact;
import nl.trefpunt.tenant.registry.Tenant;
import nl.trefpunt.tenant.registry.TenantRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the gateway (service token; /internal/** needs platform-service or platform-admin): which
 * tenants exist and whether they are active. A tenant whose onboarding has never completed is not
 * listed: it is not ready for traffic. Anything that cannot name a tenant is simply unknown (404).
 */
@RestController
@RequestMapping("/internal/tenants")
class InternalTenantsController {

    private final TenantRegistry registry;

    InternalTenantsController(TenantRegistry registry) {
        this.registry = registry;
    }

    /**
     * The gateway's (and the other services') view of a tenant. The accessibility contact is null
     * when the municipality gave none.
     */
    record TenantSummary(
            String slug,
            String name,
            String gemeentecode,
            String status,
            String accessibilityEmail,
            String accessibilityUrl) {

        static TenantSummary of(Tenant tenant) {
            return new TenantSummary(
                    tenant.id().slug(),
                    tenant.name(),
                    tenant.gemeentecode().value(),
                    tenant.status().name(),
                    tenant.accessibilityContact()
                            .flatMap(AccessibilityContact::emailAddress)
                            .orElse(null),
                    tenant.accessibilityContact()
                            .flatMap(AccessibilityContact::webAddress)
                            .orElse(null));
        }
    }

    @GetMapping
    List<TenantSummary> all() {
        return registry.onboarded().stream().map(TenantSummary::of).toList();
    }

    @GetMapping("/{tenant}")
    TenantSummary one(@PathVariable String tenant) {
        TenantId id;
        try {
            id = TenantId.of(tenant);
        } catch (TenantId.InvalidTenantId e) {
            throw new ResourceNotFound("Gemeente", tenant);
        }
        return registry.onboarded(id)
                .map(TenantSummary::of)
                .orElseThrow(() -> new ResourceNotFound("Gemeente", tenant));
    }
}
