package nl.trefpunt.gateway.tenant;

/** tenant-service could not say whether a tenant exists; the gateway fails closed (503). */
public class TenantDirectoryUnavailable extends RuntimeException {

    public TenantDirectoryUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
