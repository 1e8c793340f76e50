package nl.trefpunt.tenant.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.trefpunt.platform.tenancy.TenantId;
import org.junit.jupiter.api.Test;

class TenantTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");
    private static final ProvisioningStep CORE = ProvisioningStep.service("core-service");
    private static final List<ProvisioningStep> STEPS =
            List.of(ProvisioningStep.TENANT_SCHEMA, CORE, ProvisioningStep.ORGANIZATION);

    private static Tenant arnhem() {
        return Tenant.register(
                TenantId.of("arnhem"),
                new TenantDetails("Gemeente Arnhem", Gemeentecode.of("GM0202"), null),
                STEPS,
                MONDAY);
    }

    @Test
    void aNewTenantIsActiveInTheDefaultPlacementWithEveryStepOutstanding() {
        Tenant tenant = arnhem();

        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.placement()).isEqualTo(DatabasePlacement.DEFAULT);
        assertThat(tenant.outstanding()).containsExactlyInAnyOrderElementsOf(STEPS);
        assertThat(tenant.isOnboarded()).isFalse();
    }

    @Test
    void onboardingCompletesWhenARunHasNoFailures() {
        Tenant tenant = arnhem();

        assertThat(tenant.provisioned(Set.of(CORE), MONDAY)).isTrue();
        assertThat(tenant.isOnboarded()).isFalse();
        assertThat(tenant.outstanding()).containsExactly(CORE);

        assertThat(tenant.provisioned(Set.of(), TUESDAY)).isTrue();
        assertThat(tenant.isOnboarded()).isTrue();
        assertThat(tenant.onboardedAt()).isEqualTo(TUESDAY);
        assertThat(tenant.provisioned(Set.of(), TUESDAY.plusSeconds(60))).isFalse();
        assertThat(tenant.updatedAt()).isEqualTo(TUESDAY);
    }

    @Test
    void aLaterFailureDoesNotUndoTheOnboarding() {
        Tenant tenant = arnhem();
        tenant.provisioned(Set.of(), MONDAY);

        tenant.provisioned(Set.of(CORE), TUESDAY);

        assertThat(tenant.isOnboarded()).isTrue();
        assertThat(tenant.isProvisioningComplete()).isFalse();
    }

    @Test
    void revisingWithTheSameDetailsChangesNothing() {
        Tenant tenant = arnhem();

        assertThat(tenant.revise(new TenantDetails("Gemeente Arnhem", Gemeentecode.of("GM0202"), null), TUESDAY))
                .isFalse();
        assertThat(tenant.updatedAt()).isEqualTo(MONDAY);
    }

    @Test
    void revisingWithoutAPlacementKeepsTheCurrentOne() {
        Tenant tenant = arnhem();
        tenant.revise(
                new TenantDetails("Gemeente Arnhem", Gemeentecode.of("GM0202"), new DatabasePlacement("oost-1")),
                MONDAY);

        tenant.revise(new TenantDetails("Gemeente Arnhem", Gemeentecode.of("GM0202"), null), TUESDAY);

        assertThat(tenant.placement().name()).isEqualTo("oost-1");
    }

    @Test
    void accessibilityContactIsKeptWhenLeftOutAndRemovedWithNone() {
        Tenant tenant = arnhem();
        assertThat(tenant.accessibilityContact()).isEmpty();
        AccessibilityContact contact =
                new AccessibilityContact("toegankelijkheid@arnhem.example", "https://arnhem.example/toegankelijk");

        assertThat(tenant.revise(details(contact), MONDAY)).isTrue();
        assertThat(tenant.revise(details(null), TUESDAY)).as("left out: kept").isFalse();
        assertThat(tenant.accessibilityContact()).contains(contact);

        assertThat(tenant.revise(details(AccessibilityContact.NONE), TUESDAY)).isTrue();
        assertThat(tenant.accessibilityContact()).isEmpty();
    }

    @Test
    void accessibilityContactIsSomethingALinkCanBeMadeOf() {
        assertThat(new AccessibilityContact(" ", "").isNone()).isTrue();
        assertThatThrownBy(() -> new AccessibilityContact("bel de balie", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessibilityContact(null, "javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessibilityContact(null, "https://"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TenantDetails details(AccessibilityContact contact) {
        return new TenantDetails("Gemeente Arnhem", Gemeentecode.of("GM0202"), null, contact);
    }

    @Test
    void offboardingAndReactivatingAreIdempotent() {
        Tenant tenant = arnhem();

        assertThat(tenant.offboard(TUESDAY)).isTrue();
        assertThat(tenant.offboard(TUESDAY.plusSeconds(1))).isFalse();
        assertThat(tenant.status()).isEqualTo(TenantStatus.OFFBOARDED);
        assertThat(tenant.isActive()).isFalse();

        assertThat(tenant.reactivate(TUESDAY)).isTrue();
        assertThat(tenant.reactivate(TUESDAY)).isFalse();
        assertThat(tenant.isActive()).isTrue();
    }

    @Test
    void aGemeentecodeIsGmAndFourDigits() {
        assertThat(Gemeentecode.of("GM0202").value()).isEqualTo("GM0202");
        for (String wrong : new String[] {"0202", "gm0202", "GM202", "GM02020", "GM02O2", "", " GM0202"}) {
            assertThatThrownBy(() -> Gemeentecode.of(wrong))
                    .as(wrong)
                    .isInstanceOf(Gemeentecode.InvalidGemeentecode.class);
        }
        assertThatThrownBy(() -> Gemeentecode.of(null)).isInstanceOf(Gemeentecode.InvalidGemeentecode.class);
    }

    @Test
    void aTenantHasAName() {
        assertThatThrownBy(() -> new TenantDetails(" ", Gemeentecode.of("GM0202"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TenantDetails("  Gemeente Arnhem ", Gemeentecode.of("GM0202"), null).name())
                .isEqualTo("Gemeente Arnhem");
    }

    @Test
    void aCallerSeesAndAdministersOnlyWhatTheTokenAllows() {
        TenantId arnhem = TenantId.of("arnhem");
        Caller staff = new Caller(Set.of(nl.trefpunt.platform.security.Role.MUNICIPALITY_STAFF), Set.of("arnhem"));
        Caller admin = new Caller(Set.of(nl.trefpunt.platform.security.Role.MUNICIPALITY_ADMIN), Set.of("arnhem"));
        Caller ossAdmin = new Caller(Set.of(nl.trefpunt.platform.security.Role.MUNICIPALITY_ADMIN), Set.of("oss"));
        Caller platform = new Caller(Set.of(nl.trefpunt.platform.security.Role.PLATFORM_ADMIN), Set.of());

        assertThat(staff.maySee(arnhem)).isTrue();
        assertThat(staff.administers(arnhem)).isFalse();
        assertThat(admin.administers(arnhem)).isTrue();
        assertThat(ossAdmin.maySee(arnhem)).isFalse();
        assertThat(ossAdmin.administers(arnhem)).isFalse();
        assertThat(platform.administers(arnhem)).isTrue();
    }
}
