package nl.trefpunt.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads what Trefpunt needs from a Keycloak access token: realm roles and organizations. */
public final class KeycloakToken {

    static final String ORGANIZATION_CLAIM = "organization";

    private KeycloakToken() {}

    public static List<GrantedAuthority> authorities(Jwt jwt) {
        return realmRoles(jwt).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    public static Set<String> realmRoles(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles) {
            Set<String> names = new TreeSet<>();
            roles.forEach(role -> names.add(String.valueOf(role)));
            return names;
        }
        return Set.of();
    }

    /**
     * The tenants (Keycloak organization aliases) the token's subject belongs to. Keycloak sends a
     * list of aliases, or a map keyed by alias when organization attributes are included.
     */
    public static Set<String> organizations(Jwt jwt) {
        Object claim = jwt.getClaims().get(ORGANIZATION_CLAIM);
        Set<String> aliases = new TreeSet<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(alias -> aliases.add(String.valueOf(alias)));
        } else if (claim instanceof Map<?, ?> map) {
            map.keySet().forEach(alias -> aliases.add(String.valueOf(alias)));
        } else if (claim instanceof String alias) {
            aliases.add(alias);
        }
        return aliases;
    }
}
