package nl.trefpunt.tenant.registry;

import java.util.Set;
import nl.trefpunt.platform.security.Role;

/**
 * The outcome of making someone a member of a tenant.
 *
 * @param accountCreated whether the account was new
 * @param joined whether they became a member just now (false: they were one already)
 * @param granted the roles they received just now
 */
public record Enrolment(Account account, boolean accountCreated, boolean joined, Set<Role> granted) {

    /** Whether this request changed anything; repeating it changes nothing more. */
    public boolean changedAnything() {
        return accountCreated || joined || !granted.isEmpty();
    }
}
