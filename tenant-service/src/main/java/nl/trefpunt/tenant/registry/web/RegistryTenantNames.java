package nl.trefpunt.tenant.registry.web;

import java.util.Optional;
import nl.trefpunt.platform.pages.TenantDisplayNames;
import nl.trefpunt.platform.tenancy.TenantId;
import nl.trefpunt.tenant.registry.Tenant;
import nl.trefpunt.tenant.registry.TenantRegistry;
import org.springframework.stereotype.Component;

/** The page header's tenant name ("Gemeente Arnhem"), straight from the registry this service keeps. */
@Component
class RegistryTenantNames implements TenantDisplayNames {

    private final TenantRegistry registry;

    RegistryTenantNames(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<String> nameOf(TenantId tenant) {
        return registry.onboarded(tenant).map(Tenant::name);
    }
}
