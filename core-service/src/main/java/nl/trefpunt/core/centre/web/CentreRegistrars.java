package nl.trefpunt.core.centre.web;

import java.util.EnumSet;
import java.util.Set;
import nl.trefpunt.platform.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who the pages offer the registration form to: the same roles {@code CentreRegister.register}
 * admits ({@code @MayRegisterCentres}), so a person never meets a form whose submission is then
 * refused. The service layer still decides; this only shapes the page. {@code
 * CentreRegistrarsTests} keeps the two lists equal.
 */
final class CentreRegistrars {

    static final Set<Role> ROLES = EnumSet.of(
            Role.MUNICIPALITY_ADMIN,
            Role.MUNICIPALITY_STAFF,
            Role.BACKOFFICE_STAFF,
            Role.PLATFORM_ADMIN,
            Role.PLATFORM_SERVICE);

    private CentreRegistrars() {}

    static boolean include(Authentication person) {
        if (person == null) {
            return false;
        }
        return person.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority ->
                        ROLES.stream().anyMatch(role -> role.authority().equals(authority)));
    }
}
