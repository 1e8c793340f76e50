package nl.trefpunt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTenantsTests {

    @Test
    void hasTheThreeMunicipalitiesWithTheirCbsCodes() {
        assertThat(DemoTenants.ALL)
                .extracting(DemoTenants.Tenant::slug, DemoTenants.Tenant::gemeentecode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("arnhem", "GM0202"),
                        org.assertj.core.groups.Tuple.tuple("oss", "GM0828"),
                        org.assertj.core.groups.Tuple.tuple("hilversum", "GM0402"));
    }

    @Test
    void givesEveryTenantALoginForEveryTenantRole() {
        for (DemoTenants.Tenant tenant : DemoTenants.ALL) {
            assertThat(DemoTenants.users(tenant))
                    .extracting(DemoTenants.User::role)
                    .containsExactlyInAnyOrder(
                            "municipality-admin", "municipality-staff", "backoffice-staff", "centre-manager", "hirer");
            assertThat(DemoTenants.users(tenant)).allMatch(user -> user.tenant().equals(tenant.slug()));
        }
    }

    @Test
    void usesEachUsernameAndCentreNameOnce() {
        List<String> usernames = DemoTenants.ALL.stream()
                .flatMap(tenant -> DemoTenants.users(tenant).stream())
                .map(DemoTenants.User::username)
                .toList();
        assertThat(usernames).doesNotHaveDuplicates().doesNotContain(DemoTenants.PLATFORM_ADMIN.username());
        for (DemoTenants.Tenant tenant : DemoTenants.ALL) {
            assertThat(tenant.centres()).extracting(DemoTenants.Centre::name).doesNotHaveDuplicates();
        }
    }
}
