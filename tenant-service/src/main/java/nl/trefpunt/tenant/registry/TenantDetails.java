package nl.trefpunt.tenant.registry;

import java.util.Objects;

/**
 * What a platform administrator says about a municipality when onboarding it.
 *
 * @param placement where the tenant's schemas live; {@code null} keeps the current placement
 *     (and means {@link DatabasePlacement#DEFAULT} for a new tenant), so re-running an onboarding
 *     script never moves a tenant back
 */
public record TenantDetails(String name, Gemeentecode gemeentecode, DatabasePlacement placement) {

    public static final int MAX_NAME_LENGTH = 100;

    public TenantDetails {
        Objects.requireNonNull(gemeentecode, "gemeentecode");
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Een gemeente heeft een naam van 1 tot " + MAX_NAME_LENGTH + " tekens");
        }
        name = name.strip();
    }
}
