package nl.trefpunt.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TenantContextTests {

    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        otherThread.shutdownNow();
    }

    @Test
    void noTenantMeansNoTenantNotADefault() {
        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(TenantContext::require).isInstanceOf(NoTenantException.class);
    }

    @Test
    void tenantIsBoundOnlyForTheUnitOfWorkAndNestsCleanly() {
        TenantContext.runAs(TenantId.of("arnhem"), () -> {
            assertThat(TenantContext.require().slug()).isEqualTo("arnhem");
            TenantContext.runAs(
                    TenantId.of("oss"),
                    () -> assertThat(TenantContext.require().slug()).isEqualTo("oss"));
            assertThat(TenantContext.require().slug()).isEqualTo("arnhem");
        });
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void tenantIsClearedEvenWhenTheWorkFails() {
        assertThatThrownBy(() -> TenantContext.runAs(TenantId.of("oss"), () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void anotherThreadDoesNotInheritTheTenantImplicitly() throws Exception {
        Future<Boolean> seen = TenantContext.callAs(
                TenantId.of("arnhem"),
                () -> otherThread.submit(() -> TenantContext.current().isPresent()));

        assertThat(seen.get()).isFalse();
    }

    @Test
    void carriedWorkRunsForTheCallersTenantOnAnotherThread() throws Exception {
        Future<String> seen = TenantContext.callAs(
                TenantId.of("hilversum"),
                () -> otherThread.submit(
                        TenantContext.carry(() -> TenantContext.require().slug())));

        assertThat(seen.get()).isEqualTo("hilversum");
    }

    @Test
    void taskDecoratorCarriesTheSubmittersTenant() throws Exception {
        TenantPropagatingTaskDecorator decorator = new TenantPropagatingTaskDecorator();
        CompletableFuture<String> seen = new CompletableFuture<>();

        TenantContext.runAs(
                TenantId.of("oss"),
                () -> otherThread.submit(decorator.decorate(
                        () -> seen.complete(TenantContext.require().slug()))));

        assertThat(seen.get()).isEqualTo("oss");
    }

    @Test
    void carryingWithoutATenantFailsAtOnce() {
        assertThatThrownBy(() -> TenantContext.carry(() -> {})).isInstanceOf(NoTenantException.class);
    }

    @Test
    void hibernateGetsNoSchemaWithoutATenant() {
        TenantSchemaPerTenant hibernate = new TenantSchemaPerTenant();

        String marker = hibernate.resolveCurrentTenantIdentifier();

        assertThatThrownBy(() -> hibernate.schemaName(marker)).isInstanceOf(NoTenantException.class);
        assertThat(TenantContext.callAs(
                        TenantId.of("oss"), () -> hibernate.schemaName(hibernate.resolveCurrentTenantIdentifier())))
                .isEqualTo("tenant_oss");
    }
}
