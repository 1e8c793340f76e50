package nl.trefpunt.platform.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.trefpunt.platform.tenancy.TenantId;
import nl.trefpunt.platform.tenancy.TenantSchemaMigrations;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest
class TenantProvisioningIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    TenantSchemaMigrations migrations;

    @Test
    void tenantProvisionedAtRuntimeIsUsableImmediatelyAndTwiceChangesNothing() {
        Api service = Api.on(port).as(TestTokens.service());

        Api.Response first = service.put("/internal/tenants/hilversum", "");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("schema").asString()).isEqualTo("tenant_hilversum");

        Api hilversum = Api.on(port)
                .as(TestTokens.member("hilversum", "centre-manager"))
                .tenant("hilversum");
        assertThat(hilversum
                        .post("/api/v1/notices", new TenantIsolationIT.Text("Buurtscenario Kruisdam"))
                        .status())
                .isEqualTo(201);

        Api.Response second = service.put("/internal/tenants/hilversum", "");
        assertThat(second.status()).isEqualTo(200);
        assertThat(hilversum.get("/api/v1/notices").json().size()).isEqualTo(1);
        assertThat(jdbc().sql("select count(*) from trefpunt_platform.tenant_schema where tenant = 'hilversum'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void provisioningNeedsAServiceAccount() {
        assertThat(Api.on(port)
                        .as(TestTokens.member("bussum", "municipality-admin"))
                        .put("/internal/tenants/bussum", "")
                        .status())
                .isEqualTo(403);
        assertThat(Api.on(port).put("/internal/tenants/bussum", "").status()).isEqualTo(401);
        assertThat(schemaExists("tenant_bussum")).isFalse();
    }

    @Test
    void provisioningRejectsAMalformedTenant() {
        Api.Response response = Api.on(port).as(TestTokens.service()).put("/internal/tenants/Den_Haag", "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void concurrentProvisioningOfOneTenantCreatesItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> migrations.provision(TenantId.of("gooise-meren")));
            }
            List<Boolean> created = new ArrayList<>();
            for (Future<Boolean> result : pool.invokeAll(calls)) {
                created.add(result.get());
            }
            assertThat(created).containsOnlyOnce(true);
        } finally {
            pool.shutdown();
        }
        assertThat(schemaExists("tenant_gooise_meren")).isTrue();
    }

    @Test
    void startUpMigratesOnlySchemasThatAreBehind() {
        for (String tenant : List.of("ede", "epe", "ermelo", "elburg", "eemnes")) {
            migrations.provision(TenantId.of(tenant));
        }
        jdbc().sql("update trefpunt_platform.tenant_schema set changelog_hash = 'outdated'"
                        + " where tenant in ('ede', 'ermelo')")
                .update();
        jdbc().sql("update trefpunt_platform.tenant_schema set changelog_hash = null where tenant = 'elburg'")
                .update();
        jdbc().sql("drop table tenant_ermelo.notice").update();
        jdbc().sql("delete from tenant_ermelo.databasechangelog").update();
        var before = migratedAt("epe");

        migrations.migrateAtStartup();

        assertThat(hashOf("ede")).isEqualTo(migrations.changelogHash());
        assertThat(hashOf("ermelo")).isEqualTo(migrations.changelogHash());
        assertThat(hashOf("elburg")).isEqualTo(migrations.changelogHash());
        assertThat(tableExists("tenant_ermelo", "notice")).isTrue();
        assertThat(migratedAt("epe")).isEqualTo(before);
    }

    @Test
    void everyTenantSchemaGetsItsOwnTables() {
        migrations.provision(TenantId.of("oss"));
        migrations.provision(TenantId.of("arnhem"));

        assertThat(tableExists("tenant_oss", "notice")).isTrue();
        assertThat(tableExists("tenant_arnhem", "notice")).isTrue();
        assertThat(tableExists("public", "notice")).isFalse();
    }

    private String hashOf(String tenant) {
        return jdbc().sql("select changelog_hash from trefpunt_platform.tenant_schema where tenant = ?")
                .param(tenant)
                .query(String.class)
                .single();
    }

    private String migratedAt(String tenant) {
        return jdbc().sql("select migrated_at::text from trefpunt_platform.tenant_schema where tenant = ?")
                .param(tenant)
                .query(String.class)
                .single();
    }

    private boolean schemaExists(String schema) {
        return jdbc().sql("select count(*) from information_schema.schemata where schema_name = ?")
                        .param(schema)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean tableExists(String schema, String table) {
        return jdbc().sql("select count(*) from information_schema.tables where table_schema = ? and table_name = ?")
                        .params(schema, table)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }
}
