package nl.trefpunt.tenant.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.trefpunt.platform.security.Role;
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

    /**
     * The shell's menu (platform-pages, {@code trefpunt.pages.menu}) keeps its own list of who may
     * open {@code /beheer}; this holds it to the rule the page enforces ({@code Caller.administers}):
     * for every role, the menu offers "Beheer" exactly when the page opens.
     */
    @Test
    void menuOffersManagementToExactlyThoseThePageLetsIn() {
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        for (Role role : Role.values()) {
            tokens.put(role.realmRole(), TestTokens.member("deventer", role.realmRole()));
        }
        tokens.put("platform-admin (no organization)", TestTokens.platformAdmin());
        tokens.put("service account", TestTokens.service());

        for (Map.Entry<String, String> caller : tokens.entrySet()) {
            Api.Response page = page("deventer", caller.getValue()).get("/beheer");
            assertThat(page.status()).as(caller.getKey()).isIn(200, 403);
            boolean opens = page.status() == 200;
            assertThat(page.body().contains("href=\"/beheer\""))
                    .as(
                            "%s: /beheer answers %d, the menu %s it",
                            caller.getKey(), page.status(), opens ? "must offer" : "may not offer")
                    .isEqualTo(opens);
        }
        assertThat(page("deventer", TestTokens.member("deventer", "hirer"))
                        .get("/toegankelijkheid")
                        .body())
                .as("a hirer's menu elsewhere too")
                .contains("href=\"/centra\"")
                .doesNotContain("href=\"/beheer\"");
    }

    @Test
    void accessibilityStatementGivesTheMunicipalitysOwnContactFromTheRegistry() {
        Api.Response onboarded = Api.on(port)
                .as(TestTokens.platformAdmin())
                .put(
                        "/api/v1/tenants/kampen",
                        Map.of(
                                "name", "Gemeente Kampen",
                                "gemeentecode", "GM0166",
                                "accessibilityEmail", "toegankelijkheid@kampen.example",
                                "accessibilityUrl", "https://kampen.example/toegankelijkheid"));
        assertThat(onboarded.status()).as(onboarded.toString()).isEqualTo(200);

        Api.Response kampen =
                page("kampen", TestTokens.member("kampen", "hirer")).get("/toegankelijkheid");
        assertPage(kampen, 200);
        assertThat(kampen.body())
                .contains("Laat het Gemeente Kampen weten:")
                .contains("href=\"mailto:toegankelijkheid@kampen.example\"")
                .contains("href=\"https://kampen.example/toegankelijkheid\"");

        assertThat(page("kampen", TestTokens.member("kampen", "municipality-admin"))
                        .get("/beheer")
                        .body())
                .as("the admin sees the contact the statement gives")
                .contains("href=\"mailto:toegankelijkheid@kampen.example\"");
        assertThat(page("deventer", TestTokens.member("deventer", "municipality-admin"))
                        .get("/beheer")
                        .body())
                .contains("Niet opgegeven; de toegankelijkheidsverklaring noemt het contact van Trefpunt");

        Api.Response deventer =
                page("deventer", TestTokens.member("deventer", "hirer")).get("/toegankelijkheid");
        assertPage(deventer, 200);
        assertThat(deventer.body())
                .contains("Gemeente Deventer heeft nog geen eigen contactadres voor toegankelijkheid opgegeven.")
                .contains("href=\"mailto:toegankelijkheid@trefpunt.nl\"")
                .doesNotContain("kampen.example");
    }

    static void assertPage(Api.Response page, int status) {
        assertThat(page.status()).as(page.toString()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<main id=\"inhoud\"");
    }
}
