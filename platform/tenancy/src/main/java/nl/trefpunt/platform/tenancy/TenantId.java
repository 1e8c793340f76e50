package nl.trefpunt.platform.tenancy;

import java.util.regex.Pattern;

/**
 * A municipality on the platform, by its slug ({@code arnhem}, {@code bergen-nh}). The slug is
 * the first path segment at the gateway and the name of the tenant's schema in every service.
 */
public record TenantId(String slug) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 40;

    public TenantId {
        if (slug == null || slug.length() > MAX_LENGTH || !SLUG.matcher(slug).matches()) {
            throw new InvalidTenantId(slug);
        }
    }

    public static TenantId of(String slug) {
        return new TenantId(slug);
    }

    /** The PostgreSQL schema that holds this tenant's rows; never shared with another tenant. */
    public String schema() {
        return "tenant_" + slug.replace('-', '_');
    }

    @Override
    public String toString() {
        return slug;
    }

    /** Thrown for a slug that cannot name a tenant; callers answer it with a 400 or 404. */
    public static final class InvalidTenantId extends IllegalArgumentException {
        InvalidTenantId(String slug) {
            super("Ongeldige gemeentecode voor Trefpunt: '" + slug
                    + "' (kleine letters, cijfers en koppeltekens, hoogstens " + MAX_LENGTH + " tekens)");
        }
    }
}
