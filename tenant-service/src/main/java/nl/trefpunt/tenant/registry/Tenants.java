package nl.trefpunt.tenant.registry;

import java.util.List;
import java.util.Optional;
import nl.trefpunt.platform.tenancy.TenantId;

/** The registry's store of tenants (port). Each call is atomic on its own. */
public interface Tenants {

    Optional<Tenant> find(TenantId id);

    List<Tenant> all();

    /**
     * Stores a newly registered tenant; answers {@code false} (storing nothing) when a tenant with
     * this slug exists already, e.g. because a concurrent onboarding got there first.
     *
     * @throws TenantConflict when the gemeentecode or name belongs to another tenant
     */
    boolean add(Tenant tenant);

    /**
     * Stores a changed tenant if nobody changed it since it was read, and answers the stored state.
     *
     * @throws TenantConflict when it was changed meanwhile, or its gemeentecode or name belongs to
     *     another tenant
     */
    Tenant update(Tenant tenant);
}
