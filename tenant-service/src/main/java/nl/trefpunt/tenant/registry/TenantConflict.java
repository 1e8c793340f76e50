package nl.trefpunt.tenant.registry;

/** The request contradicts the registry: a gemeentecode or name already taken, or a concurrent change. */
public class TenantConflict extends RuntimeException {

    public TenantConflict(String message) {
        super(message);
    }
}
