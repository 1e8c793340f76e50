package nl.trefpunt.tenant.registry;

import java.util.Set;
import nl.trefpunt.platform.security.Role;

/**
 * A person's account in the identity provider, as far as the registry needs it.
 *
 * @param id the identity provider's id of the account
 * @param roles the Trefpunt realm roles the account has
 * @param organizations the tenants (organization aliases) it belongs to
 */
public record Account(String id, String username, Set<Role> roles, Set<String> organizations) {

    public Account {
        roles = Set.copyOf(roles);
        organizations = Set.copyOf(organizations);
    }
}
