package nl.trefpunt.platform.pages;

import java.util.Optional;
import nl.trefpunt.platform.tenancy.TenantId;

/**
 * Where the accessibility statement finds the municipality's own contact for accessibility
 * problems, as {@link TenantDisplayNames} finds its name. Optional: tenant-service declares one bean
 * from its tenant record; without it, or when the municipality gave none, the statement offers the
 * platform's contact ({@code trefpunt.pages.accessibility-contact}).
 */
@FunctionalInterface
public interface TenantAccessibilityContacts {

    Optional<AccessibilityContact> contactOf(TenantId tenant);
}
