package nl.trefpunt.tenant.registry;

import java.util.Optional;
import java.util.Set;
import nl.trefpunt.platform.security.Role;

/** People's accounts in the identity provider (port). */
public interface Accounts {

    /** @throws DirectoryUnavailable when the identity provider cannot be reached */
    Optional<Account> find(String username);

    /**
     * @throws AccountConflict when the username or e-mail address is taken
     * @throws DirectoryUnavailable when the identity provider cannot be reached
     */
    Account create(NewAccount account);

    /** Gives the account these realm roles in addition to the ones it has. */
    void grant(Account account, Set<Role> roles);

    /** The identity provider refused a new account, typically because the e-mail address is in use. */
    class AccountConflict extends RuntimeException {
        public AccountConflict(String message) {
            super(message);
        }
    }

    /**
     * The identity provider refused the person's details themselves (a character its rules do
     * not take in a name, say): bad input, not an outage.
     */
    class AccountRefused extends RuntimeException {
        public AccountRefused(String message) {
            super(message);
        }
    }
}
