package nl.trefpunt.reservation.space;

import static nl.trefpunt.reservation.space.SpaceCatalogueIT.SPACES;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.id;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.ids;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.provision;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.space;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import nl.trefpunt.reservation.centre.CoreServiceStandIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two municipalities add spaces side by side; neither ever sees the other's, not even when both
 * name the same centre id. Uses tenants of its own (oss, hilversum).
 */
@ServiceIntegrationTest
class SpaceIsolationIT {

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
        oss = Api.on(port).as(TestTokens.member("oss", "centre-manager")).tenant("oss");
        hilversum = Api.on(port)
                .as(TestTokens.member("hilversum", "centre-manager"))
                .tenant("hilversum");
    }

    @Test
    void everyReadListAndSearchReturnsOnlyTheCallersOwnSpaces() {
        String sharedCentreId = CoreServiceStandIn.knownCentre();
        String ossZaal = id(oss.post(SPACES, space(sharedCentreId, "Zaal", 300)));
        String ossKamer = id(oss.post(SPACES, space(sharedCentreId, "Kamer", 10)));
        String hilversumZaal = id(hilversum.post(SPACES, space(sharedCentreId, "Zaal", 400)));

        assertThat(ids(oss.get(SPACES + "?pageSize=100")))
                .contains(ossZaal, ossKamer)
                .doesNotContain(hilversumZaal);
        assertThat(ids(hilversum.get(SPACES + "?pageSize=100")))
                .contains(hilversumZaal)
                .doesNotContain(ossZaal, ossKamer);
        assertThat(ids(oss.get(SPACES + "?centreId=" + sharedCentreId))).containsExactly(ossKamer, ossZaal);
        assertThat(ids(hilversum.get(SPACES + "?centreId=" + sharedCentreId))).containsExactly(hilversumZaal);
        assertThat(ids(oss.get(SPACES + "?minCapacity=350&pageSize=100"))).doesNotContain(hilversumZaal);

        assertThat(oss.get(SPACES + "/" + ossZaal).status()).isEqualTo(200);
        Api.Response foreign = oss.get(SPACES + "/" + hilversumZaal);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain(sharedCentreId).doesNotContain("400");
        assertThat(hilversum.get(SPACES + "/" + ossKamer).status()).isEqualTo(404);
    }

    @Test
    void aPlatformAdminSeesOnlyTheMunicipalityItNames() {
        String centre = CoreServiceStandIn.knownCentre();
        String bongerd = id(oss.post(SPACES, space(centre, "Bongerdzaal", 60)));
        Api admin = Api.on(port).as(TestTokens.platformAdmin());

        assertThat(ids(admin.tenant("oss").get(SPACES + "?centreId=" + centre))).containsExactly(bongerd);
        assertThat(ids(admin.tenant("hilversum").get(SPACES + "?centreId=" + centre)))
                .isEmpty();
        assertThat(admin.tenant("hilversum").get(SPACES + "/" + bongerd).status())
                .isEqualTo(404);
    }

    @Test
    void rowsLandInTheTenantsOwnSchemaOnly() {
        String space = id(oss.post(SPACES, space(CoreServiceStandIn.knownCentre(), "Biljartkamer", 8)));

        assertThat(count("tenant_oss", space)).isEqualTo(1);
        assertThat(count("tenant_hilversum", space)).isZero();
        assertThat(tableExists("public", "space")).isFalse();
    }

    @Test
    void requestWithoutTenantFailsClosed() {
        Api noTenant = Api.on(port).as(TestTokens.member("oss", "centre-manager"));

        for (Api.Response response : List.of(
                noTenant.get(SPACES), noTenant.post(SPACES, space(CoreServiceStandIn.knownCentre(), "Zaal", 10)))) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("title").asString()).isEqualTo("Gemeente ontbreekt");
            assertThat(response.header("API-Version")).isEqualTo("1.0.0");
        }
    }

    @Test
    void tenantHeaderThatDisagreesWithTheTokenIsRejected() {
        String centre = CoreServiceStandIn.knownCentre();
        Api ossMemberClaimingHilversum =
                Api.on(port).as(TestTokens.member("oss", "centre-manager")).tenant("hilversum");

        Api.Response write = ossMemberClaimingHilversum.post(SPACES, space(centre, "Binnengesmokkeld", 10));
        Api.Response read = ossMemberClaimingHilversum.get(SPACES);

        assertThat(write.status()).isEqualTo(403);
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(ids(hilversum.get(SPACES + "?centreId=" + centre))).isEmpty();
    }

    @Test
    void aMunicipalityProvisionedAtRuntimeIsUsableAtOnceAndTwiceChangesNothing() {
        Api service = Api.on(port).as(TestTokens.service());
        assertThat(service.put("/internal/tenants/zeist", "").status()).isEqualTo(201);
        Api zeist =
                Api.on(port).as(TestTokens.member("zeist", "centre-manager")).tenant("zeist");

        String space = id(zeist.post(SPACES, space(CoreServiceStandIn.knownCentre(), "Slotzaal", 90)));

        assertThat(service.put("/internal/tenants/zeist", "").status()).isEqualTo(200);
        assertThat(ids(zeist.get(SPACES))).containsExactly(space);
    }

    private long count(String schema, String id) {
        // Schema names come from this test, not from input.
        return jdbc().sql("select count(*) from " + schema + ".space where id = ?::uuid")
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
