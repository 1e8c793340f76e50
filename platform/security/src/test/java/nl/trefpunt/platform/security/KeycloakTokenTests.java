package nl.trefpunt.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakTokenTests {

    @Test
    void readsOrganizationAliasesFromTheListForm() {
        Jwt jwt = token(Map.of("organization", List.of("arnhem", "oss")));

        assertThat(KeycloakToken.organizations(jwt)).containsExactly("arnhem", "oss");
    }

    @Test
    void readsOrganizationAliasesFromTheMapFormWithAttributes() {
        Jwt jwt = token(Map.of("organization", Map.of("hilversum", Map.of("id", "42"))));

        assertThat(KeycloakToken.organizations(jwt)).containsExactly("hilversum");
    }

    @Test
    void noOrganizationClaimMeansNoTenants() {
        assertThat(KeycloakToken.organizations(token(Map.of()))).isEmpty();
    }

    @Test
    void realmRolesBecomeRoleAuthorities() {
        Jwt jwt = token(Map.of("realm_access", Map.of("roles", List.of("hirer", "centre-manager"))));

        assertThat(KeycloakToken.authorities(jwt))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_centre-manager", "ROLE_hirer");
        assertThat(Role.CENTRE_MANAGER.authority()).isEqualTo("ROLE_centre-manager");
    }

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("someone")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
