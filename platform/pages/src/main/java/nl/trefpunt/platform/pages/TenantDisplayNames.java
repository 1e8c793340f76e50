package nl.trefpunt.platform.pages;

import java.util.Optional;
import nl.trefpunt.platform.tenancy.TenantId;

/**
 * Where the header finds a tenant's display name ("Gemeente Arnhem") when the page's model does
 * not carry one in {@code tenantName}. Optional: a service declares one bean of this type (e.g.
 * tenant-service from its own table, the others from a cached call to tenant-service); without it
 * the header shows the slug, capitalised.
 */
@FunctionalInterface
public interface TenantDisplayNames {

    Optional<String> nameOf(TenantId tenant);
}
