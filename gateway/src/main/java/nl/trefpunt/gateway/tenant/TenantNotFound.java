package nl.trefpunt.gateway.tenant;

/** The path names no active tenant: unknown, offboarded, or not even shaped like a slug. */
public class TenantNotFound extends RuntimeException {

    public TenantNotFound(String slug) {
        super("No active tenant '" + slug + "'", null, false, false);
    }
}
