package nl.trefpunt.tenant.registry;

import java.util.Set;
import nl.trefpunt.platform.security.Role;
import nl.trefpunt.platform.tenancy.TenantId;

/**
 * Who is asking, as their token says: realm roles and the tenants (organizations) they belong to.
 * Service accounts act for the platform as a whole, like a platform administrator.
 */
public record Caller(Set<Role> roles, Set<String> organizations) {

    public Caller {
        roles = Set.copyOf(roles);
        organizations = Set.copyOf(organizations);
    }

    public boolean actsForPlatform() {
        return roles.contains(Role.PLATFORM_ADMIN) || roles.contains(Role.PLATFORM_SERVICE);
    }

    public boolean belongsTo(TenantId tenant) {
        return organizations.contains(tenant.slug());
    }

    /** May see this tenant's record: the platform, or a member of the tenant. */
    public boolean maySee(TenantId tenant) {
        return actsForPlatform() || belongsTo(tenant);
    }

    /** May manage this tenant's members: the platform, or the tenant's own municipality admin. */
    public boolean administers(TenantId tenant) {
        return actsForPlatform() || (belongsTo(tenant) && roles.contains(Role.MUNICIPALITY_ADMIN));
    }
}
