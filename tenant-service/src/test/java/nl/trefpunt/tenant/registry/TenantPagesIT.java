package nl.trefpunt.tenant.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The municipality's management page over plain HTTP, asked for as a browser behind the gateway
 * asks. Its tenants (deventer, kampen, zutphen) are its own, so no other test changes them.
 */
@ServiceIntegrationTest
class TenantPagesIT extends WithStubbedNeighbours {

    @LocalServerPort
    int port;

    @BeforeEach
    void onboardMunicipalities() {
        onboard("deventer", "Gemeente Deventer", "GM0150");
        onboard("kampen", "Gemeente Kampen", "GM0166");
    }

    private void onboard(String slug, String name, String gemeentecode) {
        Api.Response response = Api.on(port)
                .as(TestTokens.platformAdmin())
                .put("/api/v1/tenants/" + slug, Map.of("name", name, "gemeentecode", gemeentecode));
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    Api page(String tenant, String token) {
        return Api.on(port).as(token).tenant(tenant).accept(Api.HTML);
    }

    @Test
    void municipalityAdminSeesHowThePlatformKnowsTheirMunicipality() {
        Api.Response page = page("deventer", TestTokens.member("deventer", "municipality-admin"))
                .get("/beheer");

        assertPage(page, 200);
        assertThat(page.body())
                .contains("<h1 class=\"utrecht-heading-1\">Beheer</h1>")
                .contains("<title>Beheer · Gemeente Deventer · Trefpunt</title>")
                .contains("data-trefpunt-tenant>Gemeente Deventer</p>")
                .contains("data-field=\"name\">Gemeente Deventer<", "data-field=\"gemeentecode\">GM0150<")
                .contains("data-field=\"status\">Actief<", "Overal ingericht", "Gedeeld databasecluster")
                .doesNotContain("Gemeente Kampen", "GM0166");
    }

    @Test
    void thePlatformAdminSeesAnyMunicipalityIncludingAnOffboardedOne() {
        onboard("zutphen", "Gemeente Zutphen", "GM0301");
        Api.Response offboarded =
                Api.on(port).as(TestTokens.platformAdmin()).post("/api/v1/tenants/zutphen/offboarding", "");
        assertThat(offboarded.status()).as(offboarded.toString()).isEqualTo(200);

        Api.Response page = page("zutphen", TestTokens.platformAdmin()).get("/beheer");

        assertPage(page, 200);
        assertThat(page.body()).contains("Gemeente Zutphen", "GM0301", "Afgemeld");
    }

    @Test
    void everyoneElseOfTheMunicipalityGetsTheForbiddenPage() {
        for (String role : new String[] {"municipality-staff", "backoffice-staff", "centre-manager", "hirer"}) {
            Api.Response page =
                    page("deventer", TestTokens.member("deventer", role)).get("/beheer");
            assertPage(page, 403);
            assertThat(page.body()).as(role).contains("Geen toegang").doesNotContain("GM0150");
        }
    }

    @Test
    void anotherMunicipalitysAdminIsRefused() {
        Api.Response page = page("deventer", TestTokens.member("kampen", "municipality-admin"))
                .get("/beheer");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("GM0150");
    }

    @Test
    void englishOnRequest() {
        Api.Response page = page("kampen", TestTokens.member("kampen", "municipality-admin"))
                .get("/beheer?lang=en");

        assertPage(page, 200);
        assertThat(page.body())
                .contains("<html lang=\"en\"", ">Management</h1>", "CBS municipality code", ">Active<", "GM0166");
    }

    @Test
    void linksKeepTheGatewaysTenantPrefix() {
        Api.Response page = page("kampen", TestTokens.member("kampen", "municipality-admin"))
                .header("X-Forwarded-Prefix", "/kampen")
                .get("/beheer");

        assertThat(page.body())
                .contains("href=\"/kampen/centra\"", "href=\"/kampen/ruimtes\"", "href=\"/kampen/beheer\"")
                .contains("href=\"/kampen/css/trefpunt.css\"");
    }

    static void assertPage(Api.Response page, int status) {
        assertThat(page.status()).as(page.toString()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<main id=\"inhoud\"");
    }
}
