package nl.trefpunt.gateway.tenant;

/**
 * A municipality as tenant-service's internal API describes it ({@code GET /internal/tenants}).
 *
 * @param status {@code ACTIVE} or {@code OFFBOARDED}; anything else is treated as not active
 */
public record Tenant(String slug, String name, String gemeentecode, String status) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** The name to show a person: the municipality's name, else its slug. */
    public String displayName() {
        return name == null || name.isBlank() ? slug : name;
    }
}
