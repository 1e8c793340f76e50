package nl.trefpunt.core.centre;

import static nl.trefpunt.core.centre.CentreRegisterIT.CENTRES;
import static nl.trefpunt.core.centre.CentreRegisterIT.centre;
import static nl.trefpunt.core.centre.CentreRegisterIT.id;
import static nl.trefpunt.core.centre.CentreRegisterIT.ids;
import static nl.trefpunt.core.centre.CentreRegisterIT.provision;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two municipalities register centres side by side; neither ever sees the other's. Uses tenants
 * of its own (oss, hilversum) so rows other test classes add cannot blur the picture.
 */
@ServiceIntegrationTest
class CentreIsolationIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    Api oss;
    Api hilversum;

    @BeforeEach
    void provisionTwoMunicipalities() {
        provision(port, "oss");
        provision(port, "hilversum");
        oss = Api.on(port).as(TestTokens.member("oss", "municipality-admin")).tenant("oss");
        hilversum = Api.on(port)
                .as(TestTokens.member("hilversum", "municipality-admin"))
                .tenant("hilversum");
    }

    @Test
    void everyReadListAndSearchReturnsOnlyTheCallersOwnCentres() {
        String bongerd = id(oss.post(CENTRES, centre("De Bongerd", "gemeenschapshuis")));
        String ossKoepel = id(oss.post(CENTRES, centre("Isolatie Koepel", "gemeenschapshuis")));
        String kruisdam = id(hilversum.post(CENTRES, centre("Kruisdam", "buurthuis")));
        String hilversumKoepel = id(hilversum.post(CENTRES, centre("Isolatie Koepel", "buurthuis")));

        List<String> ossAll = ids(oss.get(CENTRES + "?pageSize=100"));
        assertThat(ossAll).contains(bongerd, ossKoepel).doesNotContain(kruisdam, hilversumKoepel);
        List<String> hilversumAll = ids(hilversum.get(CENTRES + "?pageSize=100"));
        assertThat(hilversumAll).contains(kruisdam, hilversumKoepel).doesNotContain(bongerd, ossKoepel);

        assertThat(ids(oss.get(CENTRES + "?name=isolatie%20koepel"))).containsExactly(ossKoepel);
        assertThat(ids(hilversum.get(CENTRES + "?name=isolatie%20koepel"))).containsExactly(hilversumKoepel);
        assertThat(ids(oss.get(CENTRES + "?name=kruisdam"))).isEmpty();
        assertThat(ids(oss.get(CENTRES + "?type=buurthuis"))).isEmpty();
        assertThat(oss.get(CENTRES + "?name=kruisdam")
                        .json()
                        .at("/paging/totalItems")
                        .asLong())
                .isZero();

        assertThat(oss.get(CENTRES + "/" + bongerd).status()).isEqualTo(200);
        Api.Response foreign = oss.get(CENTRES + "/" + kruisdam);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain("Kruisdam").doesNotContain("buurthuis");
        assertThat(hilversum.get(CENTRES + "/" + bongerd).status()).isEqualTo(404);
    }

    @Test
    void aPlatformAdminSeesOnlyTheMunicipalityItNames() {
        String bonteHoef = id(oss.post(CENTRES, centre("De Bonte Hoef", "gemeenschapshuis")));
        Api admin = Api.on(port).as(TestTokens.platformAdmin());

        assertThat(ids(admin.tenant("oss").get(CENTRES + "?name=bonte%20hoef"))).containsExactly(bonteHoef);
        assertThat(ids(admin.tenant("hilversum").get(CENTRES + "?name=bonte%20hoef")))
                .isEmpty();
        assertThat(admin.tenant("hilversum").get(CENTRES + "/" + bonteHoef).status())
                .isEqualTo(404);
    }

    @Test
    void rowsLandInTheTenantsOwnSchemaOnly() {
        String avanthi = id(oss.post(CENTRES, centre("Avanthi", "gemeenschapshuis")));

        assertThat(count("tenant_oss", avanthi)).isEqualTo(1);
        assertThat(count("tenant_hilversum", avanthi)).isZero();
        assertThat(tableExists("public", "centre")).isFalse();
    }

    @Test
    void requestWithoutTenantFailsClosed() {
        Api noTenant = Api.on(port).as(TestTokens.member("oss", "municipality-admin"));

        for (Api.Response response :
                List.of(noTenant.get(CENTRES), noTenant.post(CENTRES, centre("Zonder gemeente", "buurthuis")))) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("title").asString()).isEqualTo("Gemeente ontbreekt");
            assertThat(response.header("API-Version")).isEqualTo("1.0.0");
        }
    }

    @Test
    void tenantHeaderThatDisagreesWithTheTokenIsRejected() {
        Api ossMemberClaimingHilversum =
                Api.on(port).as(TestTokens.member("oss", "municipality-admin")).tenant("hilversum");

        Api.Response write = ossMemberClaimingHilversum.post(CENTRES, centre("Binnengesmokkeld", "buurthuis"));
        Api.Response read = ossMemberClaimingHilversum.get(CENTRES);

        assertThat(write.status()).isEqualTo(403);
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(ids(hilversum.get(CENTRES + "?name=binnengesmokkeld"))).isEmpty();
    }

    @Test
    void aMunicipalityProvisionedAtRuntimeIsUsableAtOnceAndTwiceChangesNothing() {
        Api service = Api.on(port).as(TestTokens.service());
        assertThat(service.put("/internal/tenants/zeist", "").status()).isEqualTo(201);
        Api zeist = Api.on(port)
                .as(TestTokens.member("zeist", "municipality-admin"))
                .tenant("zeist");

        String centre = id(zeist.post(CENTRES, centre("Het Slot", "dorpshuis")));

        assertThat(service.put("/internal/tenants/zeist", "").status()).isEqualTo(200);
        assertThat(ids(zeist.get(CENTRES))).containsExactly(centre);
    }

    private long count(String schema, String id) {
        // Schema names come from this test, not from input.
        return jdbc().sql("select count(*) from " + schema + ".centre where id = ?::uuid")
                .param(id)
                .query(Long.class)
                .single();
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
