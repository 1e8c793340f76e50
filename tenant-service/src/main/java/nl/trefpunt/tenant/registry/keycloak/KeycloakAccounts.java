package nl.trefpunt.tenant.registry.keycloak;

import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.trefpunt.platform.security.Role;
import nl.trefpunt.tenant.registry.Account;
import nl.trefpunt.tenant.registry.Accounts;
import nl.trefpunt.tenant.registry.DirectoryUnavailable;
import nl.trefpunt.tenant.registry.NewAccount;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Component;

/** People as Keycloak users of the Trefpunt realm, with realm roles and organization memberships. */
@Component
class KeycloakAccounts implements Accounts {

    private static final Map<String, Role> ROLES =
            Arrays.stream(Role.values()).collect(Collectors.toMap(Role::realmRole, Function.identity()));

    private final RealmResource realm;

    KeycloakAccounts(RealmResource realm) {
        this.realm = realm;
    }

    @Override
    public Optional<Account> find(String username) {
        return KeycloakCalls.call(
                "gebruiker " + username,
                () -> realm.users().searchByUsername(username, true).stream()
                        .filter(user -> username.equalsIgnoreCase(user.getUsername()))
                        .findFirst()
                        .map(this::account));
    }

    @Override
    public Account create(NewAccount account) {
        return KeycloakCalls.call("nieuwe gebruiker " + account.username(), () -> {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(account.username());
            user.setEmail(account.email());
            user.setFirstName(account.firstName());
            user.setLastName(account.lastName());
            user.setEnabled(true);
            // An administrator enrols the person with their work address; Keycloak need not ask
            // them to verify it before their first sign-in.
            user.setEmailVerified(true);
            if (account.initialPassword() != null) {
                CredentialRepresentation password = new CredentialRepresentation();
                password.setType(CredentialRepresentation.PASSWORD);
                password.setValue(account.initialPassword());
                password.setTemporary(false);
                user.setCredentials(List.of(password));
            }
            try (Response response = realm.users().create(user)) {
                if (response.getStatus() == 409) {
                    // Which of the two is taken stays in Keycloak: the caller gets one neutral
                    // answer (MembershipRefused.AccountUnavailable), the log no e-mail address.
                    throw new AccountConflict("Keycloak already has a user with username " + account.username()
                            + " or its e-mail address");
                }
                if (response.getStatus() == 400) {
                    throw new AccountRefused("Keycloak refused the details of user " + account.username() + ": "
                            + response.readEntity(String.class));
                }
                if (response.getStatus() != 201) {
                    throw new DirectoryUnavailable(
                            "Keycloak maakte gebruiker " + account.username() + " niet aan (status "
                                    + response.getStatus() + ")",
                            null);
                }
                String id = CreatedResponseUtil.getCreatedId(response);
                return account(realm.users().get(id).toRepresentation());
            }
        });
    }

    @Override
    public void grant(Account account, Set<Role> roles) {
        KeycloakCalls.run("rollen van " + account.username(), () -> {
            List<RoleRepresentation> realmRoles = roles.stream()
                    .map(role -> realm.roles().get(role.realmRole()).toRepresentation())
                    .toList();
            realm.users().get(account.id()).roles().realmLevel().add(realmRoles);
        });
    }

    private Account account(UserRepresentation user) {
        Set<Role> roles = realm.users().get(user.getId()).roles().realmLevel().listEffective().stream()
                .map(role -> ROLES.get(role.getName()))
                .filter(role -> role != null)
                .collect(Collectors.toSet());
        Set<String> organizations = realm.organizations().members().getOrganizations(user.getId(), true).stream()
                .map(OrganizationRepresentation::getAlias)
                .collect(Collectors.toSet());
        return new Account(user.getId(), user.getUsername(), roles, organizations);
    }
}
