package nl.trefpunt.tenant.registry;

import java.util.Set;
import nl.trefpunt.platform.security.Role;

/** A person to make a member of a tenant, with the realm roles they need there. */
public record NewMember(NewAccount account, Set<Role> roles) {

    public NewMember {
        roles = Set.copyOf(roles);
    }

    public String username() {
        return account.username();
    }
}
