package nl.trefpunt.tenant.registry;

import nl.trefpunt.platform.tenancy.TenantId;

/** Someone else changed the tenant between reading and storing it (optimistic locking). */
public class TenantChangedMeanwhile extends TenantConflict {

    public TenantChangedMeanwhile(TenantId id) {
        super("Gemeente '" + id.slug() + "' is tegelijk door een ander gewijzigd; probeer het opnieuw");
    }
}
