package nl.trefpunt.platform.security;

/** The header in which the gateway tells a service which tenant a request is for. */
public final class TenantHeader {

    public static final String NAME = "Trefpunt-Tenant";

    private TenantHeader() {}
}
