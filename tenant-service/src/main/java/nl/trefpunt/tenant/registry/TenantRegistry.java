package nl.trefpunt.tenant.registry;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.trefpunt.platform.tenancy.TenantId;
import org.springframework.stereotype.Service;

/** Reading the registry and the tenant's life after onboarding: offboarding and reactivation. */
@Service
public class TenantRegistry {

    private final Tenants tenants;
    private final Clock clock;

    public TenantRegistry(Tenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    public List<Tenant> all() {
        return tenants.all();
    }

    /** The tenant, if this caller may know of it; anyone else is told it does not exist. */
    public Tenant seenBy(Caller caller, TenantId id) {
        if (!caller.maySee(id)) {
            throw new TenantNotFound(id);
        }
        return require(id);
    }

    /** Tenants the gateway may route to: onboarded ones, active or offboarded. */
    public List<Tenant> onboarded() {
        return tenants.all().stream().filter(Tenant::isOnboarded).toList();
    }

    public Optional<Tenant> onboarded(TenantId id) {
        return tenants.find(id).filter(Tenant::isOnboarded);
    }

    public Tenant offboard(TenantId id) {
        Tenant tenant = require(id);
        return tenant.offboard(clock.instant()) ? tenants.update(tenant) : tenant;
    }

    public Tenant reactivate(TenantId id) {
        Tenant tenant = require(id);
        return tenant.reactivate(clock.instant()) ? tenants.update(tenant) : tenant;
    }

    Tenant require(TenantId id) {
        return tenants.find(id).orElseThrow(() -> new TenantNotFound(id));
    }
}
