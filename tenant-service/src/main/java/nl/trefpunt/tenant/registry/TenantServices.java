package nl.trefpunt.tenant.registry;

import java.util.List;
import nl.trefpunt.platform.tenancy.TenantId;

/** The other services that keep a schema per tenant (port), and how to provision a tenant in them. */
public interface TenantServices {

    /** The services' names, e.g. {@code core-service}; each is a provisioning step of its own. */
    List<String> names();

    /**
     * Creates the tenant's schema in that service, or confirms it exists. Idempotent.
     *
     * @throws ProvisioningFailed when the service is unreachable or refuses
     */
    void provision(String service, TenantId tenant);
}
