package nl.trefpunt.gateway.tenant;

import org.springframework.cloud.gateway.route.Route;

/** Who may use a route under {@code /{tenant}}; kept in the route's metadata. */
public enum TenantAccess {
    /** Members of the tenant's organization and platform administrators. */
    MEMBERS,
    /** Anyone, as long as the tenant is active: stylesheets, the accessibility statement. */
    PUBLIC;

    public static final String METADATA_KEY = "trefpunt-tenant-access";
    /** The path variable that holds the tenant slug in a tenant route's pattern. */
    public static final String PATH_VARIABLE = "tenant";

    /** The route's access rule, or null for a route outside any tenant. */
    static TenantAccess of(Route route) {
        if (route == null) {
            return null;
        }
        Object access = route.getMetadata().get(METADATA_KEY);
        return access instanceof TenantAccess known ? known : null;
    }
}
