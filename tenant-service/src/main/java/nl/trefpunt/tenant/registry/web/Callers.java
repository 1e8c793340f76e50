package nl.trefpunt.tenant.registry.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trefpunt.platform.security.KeycloakToken;
import nl.trefpunt.platform.security.Role;
import nl.trefpunt.tenant.registry.Caller;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads the {@link Caller} from the request's Keycloak token. */
final class Callers {

    private Callers() {}

    static Caller of(JwtAuthenticationToken authentication) {
        Set<String> realmRoles = KeycloakToken.realmRoles(authentication.getToken());
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> realmRoles.contains(role.realmRole()))
                .collect(Collectors.toSet());
        return new Caller(roles, KeycloakToken.organizations(authentication.getToken()));
    }
}
