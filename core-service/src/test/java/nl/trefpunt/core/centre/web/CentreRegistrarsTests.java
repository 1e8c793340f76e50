package nl.trefpunt.core.centre.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trefpunt.core.centre.CentreDetails;
import nl.trefpunt.core.centre.CentreRegister;
import nl.trefpunt.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;

class CentreRegistrarsTests {

    /**
     * The pages offer the form to exactly the roles the register admits; if someone widens or
     * narrows {@code @MayRegisterCentres}, this fails until the pages follow.
     */
    @Test
    void offersTheFormToExactlyTheRolesTheRegisterAdmits() throws NoSuchMethodException {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(
                CentreRegister.class.getMethod("register", CentreDetails.class), PreAuthorize.class);
        assertThat(rule).isNotNull();
        Set<Role> admitted = Arrays.stream(Role.values())
                .filter(role -> rule.value().contains("Role)." + role.name() + ".authority()"))
                .collect(Collectors.toSet());

        assertThat(admitted).isNotEmpty();
        assertThat(CentreRegistrars.ROLES).containsExactlyInAnyOrderElementsOf(admitted);
    }

    @Test
    void includesAPersonWithOneOfTheRolesOnly() {
        assertThat(CentreRegistrars.include(person("ROLE_hirer", "ROLE_municipality-staff")))
                .isTrue();
        assertThat(CentreRegistrars.include(person("ROLE_hirer", "ROLE_centre-manager")))
                .isFalse();
        assertThat(CentreRegistrars.include(person("municipality-admin")))
                .as("an authority without ROLE_")
                .isFalse();
        assertThat(CentreRegistrars.include(null)).isFalse();
    }

    private static TestingAuthenticationToken person(String... authorities) {
        return new TestingAuthenticationToken(
                "someone", "", List.of(authorities).toArray(String[]::new));
    }
}
