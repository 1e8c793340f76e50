package nl.trefpunt.gateway.tenant;

/** The caller's token does not belong to the tenant in the path. */
public class TenantForbidden extends RuntimeException {

    private final Tenant tenant;

    public TenantForbidden(Tenant tenant) {
        super("Caller does not belong to tenant '" + tenant.slug() + "'", null, false, false);
        this.tenant = tenant;
    }

    public Tenant tenant() {
        return tenant;
    }
}
