package nl.trefpunt.tenant.registry.web;

import java.util.Optional;
import nl.trefpunt.platform.pages.TenantAccessibilityContacts;
import nl.trefpunt.platform.tenancy.TenantId;
import nl.trefpunt.tenant.registry.Tenant;
import nl.trefpunt.tenant.registry.TenantRegistry;
import org.springframework.stereotype.Component;

/** The accessibility statement's municipal contact, straight from the registry this service keeps. */
@Component
class RegistryAccessibilityContacts implements TenantAccessibilityContacts {

    private final TenantRegistry registry;

    RegistryAccessibilityContacts(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<nl.trefpunt.platform.pages.AccessibilityContact> contactOf(TenantId tenant) {
        return registry.onboarded(tenant)
                .flatMap(Tenant::accessibilityContact)
                .map(contact -> new nl.trefpunt.platform.pages.AccessibilityContact(contact.email(), contact.url()));
    }
}
