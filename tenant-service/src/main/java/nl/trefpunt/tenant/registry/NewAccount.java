package nl.trefpunt.tenant.registry;

/**
 * An account to create for a new member.
 *
 * @param initialPassword a password to set (for demo users); {@code null} leaves the account without
 *     one, so the person sets it through Keycloak's reset-password e-mail
 */
public record NewAccount(String username, String email, String firstName, String lastName, String initialPassword) {}
