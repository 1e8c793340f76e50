package nl.trefpunt.tenant.registry;

import nl.trefpunt.platform.tenancy.TenantId;

/** No such tenant, or none the caller may know of. */
public class TenantNotFound extends RuntimeException {

    public TenantNotFound(TenantId id) {
        super("Gemeente '" + id.slug() + "' is niet bekend");
    }
}
