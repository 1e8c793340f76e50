package nl.trefpunt.gateway.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as their Keycloak access token says: realm roles and organizations (one per
 * tenant, alias = tenant slug). The gateway decides on the access token that it relays, never on
 * the ID token, so it and the services judge the same claims.
 */
public record Caller(Jwt accessToken) {

    public static final String PLATFORM_ADMIN = "platform-admin";
    private static final String ORGANIZATION_CLAIM = "organization";

    /** Tenant slugs the caller belongs to. Keycloak sends a list of aliases, or a map keyed by alias. */
    public Set<String> organizations() {
        Object claim = accessToken.getClaims().get(ORGANIZATION_CLAIM);
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

    public Set<String> realmRoles() {
        return realmRoles(accessToken);
    }

    public boolean isPlatformAdmin() {
        return realmRoles().contains(PLATFORM_ADMIN);
    }

    /** Members of the tenant's organization may enter it; a platform administrator may enter every tenant. */
    public boolean mayEnter(String tenantSlug) {
        return isPlatformAdmin() || organizations().contains(tenantSlug);
    }

    /** The name to greet the person with. */
    public String displayName() {
        String name = accessToken.getClaimAsString("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String username = accessToken.getClaimAsString("preferred_username");
        return username != null ? username : accessToken.getSubject();
    }

    static Set<String> realmRoles(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        Set<String> names = new TreeSet<>();
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles) {
            roles.forEach(role -> names.add(String.valueOf(role)));
        }
        return names;
    }

    /** Realm roles as {@code ROLE_<role>} authorities, the way the services name them. */
    static List<GrantedAuthority> authorities(Jwt jwt) {
        return realmRoles(jwt).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
