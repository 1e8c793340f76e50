package nl.trefpunt.platform.tenancy;

/** Tenant-scoped work was attempted without a tenant. Never fall back to a default schema. */
public class NoTenantException extends IllegalStateException {

    public NoTenantException() {
        super("Geen gemeente (tenant) bekend voor dit verzoek");
    }
}
