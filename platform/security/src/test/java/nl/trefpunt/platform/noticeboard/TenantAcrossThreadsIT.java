package nl.trefpunt.platform.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import nl.trefpunt.platform.tenancy.NoTenantException;
import nl.trefpunt.platform.tenancy.ProvisionedTenants;
import nl.trefpunt.platform.tenancy.TenantContext;
import nl.trefpunt.platform.tenancy.TenantId;
import nl.trefpunt.platform.tenancy.TenantSchemaMigrations;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Async work and scheduled jobs see exactly the tenant they were given, never an inherited one. */
@ServiceIntegrationTest
class TenantAcrossThreadsIT {

    @Autowired
    TenantSchemaMigrations migrations;

    @Autowired
    ProvisionedTenants tenants;

    @Autowired
    Notices notices;

    @Autowired
    NoticeTally tally;

    @BeforeEach
    void twoTenantsWithDifferentData() {
        migrations.provision(TenantId.of("arnhem"));
        migrations.provision(TenantId.of("oss"));
        TenantContext.runAs(TenantId.of("arnhem"), () -> {
            notices.deleteAll();
            notices.save(new Notice("Buurtmaaltijd"));
            notices.save(new Notice("Taalcafé"));
        });
        TenantContext.runAs(TenantId.of("oss"), () -> {
            notices.deleteAll();
            notices.save(new Notice("Repair café"));
        });
    }

    @Test
    void asyncWorkRunsForTheTenantThatSubmittedIt() throws Exception {
        long arnhem = TenantContext.callAs(TenantId.of("arnhem"), () -> tally.countInBackground())
                .get();
        long oss = TenantContext.callAs(TenantId.of("oss"), () -> tally.countInBackground())
                .get();

        assertThat(arnhem).isEqualTo(2);
        assertThat(oss).isEqualTo(1);
    }

    @Test
    void asyncWorkSubmittedWithoutATenantCannotReadTenantData() {
        assertThatThrownBy(() -> tally.countInBackground().get())
                .isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(NoTenantException.class);
    }

    @Test
    void aScheduledJobVisitsEveryTenantBoundToThatTenant() {
        Map<String, Long> counted = new ConcurrentHashMap<>();

        tenants.forEachTenant(tenant -> counted.put(tenant.slug(), notices.count()));

        assertThat(counted).containsEntry("arnhem", 2L).containsEntry("oss", 1L);
        assertThat(TenantContext.current()).isEmpty();
    }
}
