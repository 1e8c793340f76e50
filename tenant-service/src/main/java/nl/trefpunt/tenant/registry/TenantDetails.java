package nl.trefpunt.tenant.registry;

import java.util.Objects;

/**
 * What a platform administrator says about a municipality when onboarding it.
 *
 * @param placement where the tenant's schemas live; {@code null} keeps the current placement
 *     (and means {@link DatabasePlacement#DEFAULT} for a new tenant), so re-running an onboarding
 *     script never moves a tenant back
 * @param accessibilityContact where people report accessibility problems; {@code null} keeps the
 *     current one (none for a new tenant), {@link AccessibilityContact#NONE} removes it
 */
public record TenantDetails(
        String name,
        Gemeentecode gemeentecode,
        DatabasePlacement placement,
        AccessibilityContact accessibilityContact) {

    public static final int MAX_NAME_LENGTH = 100;

    /** Details that leave the accessibility contact as it is. */
    public TenantDetails(String name, Gemeentecode gemeentecode, DatabasePlacement placement) {
        this(name, gemeentecode, placement, null);
    }

    public TenantDetails {
        Objects.requireNonNull(gemeentecode, "gemeentecode");
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Een gemeente heeft een naam van 1 tot " + MAX_NAME_LENGTH + " tekens");
        }
        name = name.strip();
    }
}
