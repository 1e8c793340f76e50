package nl.trefpunt.core.centre;

import static nl.trefpunt.core.centre.CentreRegisterIT.CENTRES;
import static nl.trefpunt.core.centre.CentreRegisterIT.centre;
import static nl.trefpunt.core.centre.CentreRegisterIT.id;
import static nl.trefpunt.core.centre.CentreRegisterIT.ids;
import static nl.trefpunt.core.centre.CentreRegisterIT.provision;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The centre pages over plain HTTP, asked for as a browser behind the gateway asks: {@code Accept:
 * text/html}, the person's bearer token and the tenant header. Names carry a per-test suffix, so
 * rows other tests add to the same tenants never blur the picture.
 */
@ServiceIntegrationTest
class CentrePagesIT {

    static final String NEW = "/centra/nieuw";

    @LocalServerPort
    int port;

    String suffix;

    @BeforeEach
    void provisionArnhemAndOss() {
        provision(port, "arnhem");
        provision(port, "oss");
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    Api pages(String tenant, String... roles) {
        return Api.on(port).as(TestTokens.member(tenant, roles)).tenant(tenant).accept(Api.HTML);
    }

    Api api(String tenant) {
        return Api.on(port).as(TestTokens.member(tenant, "municipality-admin")).tenant(tenant);
    }

    @Test
    void listShowsOnlyTheCallersOwnCentres() {
        String wasplaats = id(api("arnhem").post(CENTRES, centre("Wasplaats " + suffix, "buurthuis")));
        String lievekamp = id(api("oss").post(CENTRES, centre("Lievekamp " + suffix, "gemeenschapshuis")));

        Api.Response arnhem = pages("arnhem", "hirer").get("/centra?name=" + suffix);
        assertPage(arnhem, 200);
        assertThat(arnhem.body())
                .contains("Wasplaats " + suffix, "/centra/" + wasplaats, "1 centrum gevonden")
                .doesNotContain("Lievekamp " + suffix, lievekamp);

        Api.Response oss = pages("oss", "hirer").get("/centra?name=" + suffix);
        assertThat(oss.body())
                .contains("Lievekamp " + suffix, "/centra/" + lievekamp)
                .doesNotContain("Wasplaats " + suffix, wasplaats);
    }

    @Test
    void listShowsKindAddressAndWhetherTheCentreRentsOutRooms() {
        Map<String, Object> body = centre("Kolonel " + suffix, "wijkcentrum");
        body.put(
                "address",
                Map.of(
                        "street",
                        "Kolonel Dr. J.P. van Heutszstraat",
                        "houseNumber",
                        "2",
                        "postcode",
                        "6822 NE",
                        "city",
                        "Arnhem"));
        body.put("rentsOutRooms", true);
        id(api("arnhem").post(CENTRES, body));
        id(api("arnhem").post(CENTRES, centre("Zonder gebouw " + suffix, "ontmoetingslocatie")));

        String html = pages("arnhem", "municipality-staff")
                .get("/centra?name=" + suffix)
                .body();

        assertThat(row(html, "Kolonel " + suffix))
                .contains("Wijkcentrum", "Kolonel Dr. J.P. van Heutszstraat 2, 6822 NE Arnhem", ">Ja<");
        assertThat(row(html, "Zonder gebouw " + suffix)).contains("Ontmoetingslocatie", "Geen gebouw", ">Nee<");
        assertThat(html).contains("<th class=\"utrecht-table__header-cell\" scope=\"col\">Verhuurt ruimtes</th>");
    }

    @Test
    void searchWithHtmxAnswersOnlyTheResultsAndTheCount() {
        id(api("arnhem").post(CENTRES, centre("Presikhaaf " + suffix, "wijkcentrum")));
        id(api("arnhem").post(CENTRES, centre("Malburgen " + suffix, "wijkcentrum")));

        Api.Response update =
                pages("arnhem", "hirer").header("HX-Request", "true").get("/centra?name=presikhaaf+" + suffix);

        assertThat(update.status()).isEqualTo(200);
        assertThat(update.header("Vary")).contains("HX-Request");
        assertThat(update.body())
                .doesNotContain("<html", "<header")
                .contains("id=\"centra-resultaten\"", "Presikhaaf " + suffix)
                .contains("id=\"centra-aantal\"", "hx-swap-oob=\"innerHTML\"", "1 centrum gevonden")
                .doesNotContain("Malburgen " + suffix);
    }

    @Test
    void longListsArePagedWithLinksThatKeepTheSearch() {
        for (int i = 1; i <= 21; i++) {
            id(api("oss").post(CENTRES, centre(String.format("Paging %s %02d", suffix, i), "buurthuis")));
        }
        Api oss = pages("oss", "hirer");

        String first = oss.get("/centra?name=paging+" + suffix).body();
        assertThat(first)
                .contains("21 centra gevonden", "Pagina 1 van 2", "Paging " + suffix + " 20")
                .doesNotContain("Paging " + suffix + " 21", "rel=\"prev\"");
        assertThat(first).contains("href=\"/centra?name=paging%20" + suffix + "&amp;page=2\"");

        String second = oss.get("/centra?name=paging+" + suffix + "&page=2").body();
        assertThat(second)
                .contains("Pagina 2 van 2", "Paging " + suffix + " 21", "rel=\"prev\"")
                .doesNotContain("Paging " + suffix + " 20", "rel=\"next\"");
    }

    @Test
    void detailShowsTheCentre() {
        Map<String, Object> body = centre("Detail " + suffix, "buurthuis");
        body.put("address", Map.of("street", "Wasplaats", "houseNumber", "1a", "postcode", "6828cx", "city", "Arnhem"));
        body.put("districtCode", "WK020201");
        body.put("neighbourhoodCode", "BU02020101");
        body.put("rentsOutRooms", true);
        String centreId = id(api("arnhem").post(CENTRES, body));

        Api.Response page = pages("arnhem", "centre-manager").get("/centra/" + centreId);

        assertPage(page, 200);
        assertThat(page.body())
                .contains("<h1 class=\"utrecht-heading-1\">Detail " + suffix + "</h1>")
                .contains("<title>Detail " + suffix + " · Arnhem · Trefpunt</title>")
                .contains("Buurthuis", "Wasplaats 1a, 6828 CX Arnhem", "WK020201", "BU02020101")
                .contains("href=\"/ruimtes?centreId=" + centreId + "\"")
                .doesNotContain("data-trefpunt-registered");
    }

    @Test
    void anotherMunicipalitysCentreIsADutchNotFoundPage() {
        String lievekamp = id(api("oss").post(CENTRES, centre("Lievekamp " + suffix, "gemeenschapshuis")));

        Api.Response foreign = pages("arnhem", "municipality-admin").get("/centra/" + lievekamp);

        assertPage(foreign, 404);
        assertThat(foreign.body())
                .contains("Pagina niet gevonden", "data-status=\"404\"")
                .doesNotContain("Lievekamp");
        assertPage(pages("arnhem", "municipality-admin").get("/centra/" + UUID.randomUUID()), 404);
        assertPage(pages("arnhem", "municipality-admin").get("/centra/geen-id"), 404);
    }

    @Test
    void registrationWithBadInputShowsTheErrorsAndKeepsWhatWasTyped() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "  ");
        form.put("type", "buurthuis");
        form.put("street", "Wasplaats " + suffix);
        form.put("houseNumber", "");
        form.put("postcode", "12345");
        form.put("city", "Arnhem");
        form.put("districtCode", "WK020201");
        form.put("neighbourhoodCode", "BU03630101");

        Api.Response page = pages("arnhem", "municipality-admin").postForm(NEW, form);

        assertPage(page, 200);
        String html = page.body();
        assertThat(html).contains("data-trefpunt-error-summary", "Er is iets niet goed ingevuld");
        assertThat(summaryLinks(html))
                .containsExactly(
                        "#name Vul de naam van het centrum in",
                        "#houseNumber Vul het huisnummer in, of laat het hele adres leeg",
                        "#postcode Vul een Nederlandse postcode in zoals 6828 CX",
                        "#neighbourhoodCode Deze buurt ligt niet in wijk WK020201; controleer de wijk- en de buurtcode");
        assertThat(control(html, "name")).contains("aria-invalid=\"true\"", "aria-describedby=\"name-error\"");
        assertThat(control(html, "postcode"))
                .contains(
                        "value=\"12345\"",
                        "aria-invalid=\"true\"",
                        "aria-describedby=\"postcode-hint postcode-error\"");
        assertThat(control(html, "street"))
                .contains("value=\"Wasplaats " + suffix + "\"")
                .doesNotContain("aria-invalid");
        assertThat(control(html, "neighbourhoodCode")).contains("value=\"BU03630101\"", "aria-invalid=\"true\"");
        assertThat(html).contains("<option value=\"buurthuis\" selected=\"selected\">", "id=\"postcode-error\"");
        assertThat(ids(api("arnhem").get(CENTRES + "?name=" + suffix))).isEmpty();
    }

    @Test
    void validRegistrationRedirectsToTheNewCentreWhichTheListAndTheApiThenShow() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Nieuw " + suffix);
        form.put("type", "dorpshuis");
        form.put("street", "");
        form.put("postcode", "");
        form.put("_rentsOutRooms", "on");
        form.put("rentsOutRooms", "true");

        Api.Response registered = pages("arnhem", "backoffice-staff").postForm(NEW, form);

        assertThat(registered.status()).as(registered.toString()).isEqualTo(302);
        Matcher location =
                Pattern.compile("/centra/([0-9a-f-]{36})\\?geregistreerd$").matcher(registered.header("Location"));
        assertThat(location.find()).as(registered.header("Location")).isTrue();
        String centreId = location.group(1);

        Api.Response detail = pages("arnhem", "backoffice-staff").get("/centra/" + centreId + "?geregistreerd");
        assertThat(detail.body())
                .contains("Het centrum is geregistreerd.", "role=\"status\"", "Dorpshuis", "Geen gebouw");
        assertThat(pages("arnhem", "hirer").get("/centra?name=" + suffix).body())
                .contains("Nieuw " + suffix);
        Api.Response fromApi = api("arnhem").get(CENTRES + "/" + centreId);
        assertThat(fromApi.json().get("name").asString()).isEqualTo("Nieuw " + suffix);
        assertThat(fromApi.json().get("rentsOutRooms").asBoolean()).isTrue();
        assertThat(fromApi.json().has("address")).isFalse();
        assertThat(ids(api("oss").get(CENTRES + "?name=" + suffix))).isEmpty();
    }

    @Test
    void onlyRolesThatMayRegisterSeeTheFormAndItsLink() {
        for (String role :
                new String[] {"municipality-admin", "municipality-staff", "backoffice-staff", "platform-admin"}) {
            Api pages = role.equals("platform-admin")
                    ? Api.on(port)
                            .as(TestTokens.platformAdmin())
                            .tenant("arnhem")
                            .accept(Api.HTML)
                    : pages("arnhem", role);
            assertThat(pages.get("/centra").body()).as(role).contains("data-trefpunt-new-centre");
            assertPage(pages.get(NEW), 200);
        }
        for (String role : new String[] {"hirer", "centre-manager"}) {
            Api pages = pages("arnhem", role);
            assertThat(pages.get("/centra").body())
                    .as(role)
                    .doesNotContain("data-trefpunt-new-centre", "/centra/nieuw");
            Api.Response form = pages.get(NEW);
            assertPage(form, 403);
            assertThat(form.body()).contains("Geen toegang");
            Api.Response post = pages.postForm(NEW, Map.of("name", "Stiekem " + suffix, "type", "buurthuis"));
            assertPage(post, 403);
        }
        assertThat(ids(api("arnhem").get(CENTRES + "?name=stiekem+" + suffix))).isEmpty();
    }

    @Test
    void englishOnRequestIncludingTheValidationMessages() {
        Api.Response list = pages("arnhem", "municipality-admin").get("/centra?lang=en");
        assertPage(list, 200);
        assertThat(list.body()).contains("<html lang=\"en\"", ">Centres</h1>", "Search by name", "New centre");
        assertThat(list.header("Set-Cookie")).contains("trefpunt-taal=en");

        Api.Response form =
                pages("arnhem", "municipality-admin").postForm(NEW + "?lang=en", Map.of("name", "", "type", ""));
        assertThat(summaryLinks(form.body()))
                .containsExactly("#name Enter the centre's name", "#type Choose the kind of centre");

        Api.Response missing = pages("arnhem", "hirer").get("/centra/" + UUID.randomUUID() + "?lang=en");
        assertPage(missing, 404);
        assertThat(missing.body()).contains("<html lang=\"en\"", "Page not found");
    }

    @Test
    void linksFormsAndRedirectsKeepTheGatewaysTenantPrefix() {
        String centreId = id(api("arnhem").post(CENTRES, centre("Prefix " + suffix, "buurthuis")));
        Api behindGateway = pages("arnhem", "municipality-admin").header("X-Forwarded-Prefix", "/arnhem");

        String list = behindGateway.get("/centra?name=" + suffix).body();
        assertThat(list)
                .contains("href=\"/arnhem/centra/" + centreId + "\"")
                .contains("href=\"/arnhem/centra/nieuw\"")
                .contains("action=\"/arnhem/centra\"", "hx-get=\"/arnhem/centra\"");
        assertThat(behindGateway.get(NEW).body()).contains("action=\"/arnhem/centra/nieuw\"");

        Api.Response registered =
                behindGateway.postForm(NEW, Map.of("name", "Prefix twee " + suffix, "type", "buurthuis"));
        assertThat(registered.status()).isEqualTo(302);
        assertThat(registered.header("Location"))
                .containsPattern("^(https?://[^/]+)?/arnhem/centra/[0-9a-f-]{36}\\?geregistreerd$");
    }

    @Test
    void hostileInputOnPagesIsABadRequestPageNotAServerError() {
        Api admin = pages("arnhem", "municipality-admin");

        assertPage(admin.get("/centra?%E0%AF%BC=1"), 400);
        assertPage(admin.get("/centra?name=a%00b"), 400);
        assertPage(admin.postForm(NEW, Map.of("\u0BFC", "1", "name", "Zaal", "type", "buurthuis")), 400);
        Api.Response nul = admin.postForm(NEW, Map.of("name", "Nul\u0000" + suffix, "type", "buurthuis"));
        assertPage(nul, 400);
        assertThat(admin.get("/centra?name=" + suffix).body()).doesNotContain("Nul");
        Api.Response english = pages("arnhem", "municipality-admin").get("/centra?lang=en&name=a%00b");
        assertPage(english, 400);
        assertThat(english.body()).contains("lang=\"en\"");
    }

    /** An HTML page in the shell, Dutch unless asked otherwise. */
    static void assertPage(Api.Response page, int status) {
        assertThat(page.status()).as(page.toString()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<main id=\"inhoud\"");
    }

    /** The form control with this id, as one tag. */
    static String control(String html, String id) {
        Matcher control = Pattern.compile("<(input|select|textarea)[^>]*\\sid=\"" + id + "\"[^>]*>")
                .matcher(html);
        assertThat(control.find()).as("control #" + id).isTrue();
        return control.group();
    }

    /** The table row whose name cell says this. */
    static String row(String html, String name) {
        int at = html.indexOf(">" + name + "</a>");
        assertThat(at).as("row for " + name).isPositive();
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }

    /** The error summary's links as "href text", in the order shown. */
    static java.util.List<String> summaryLinks(String html) {
        int start = html.indexOf("data-trefpunt-error-summary");
        assertThat(start).as("error summary present").isPositive();
        String summary = html.substring(start, html.indexOf("</ul>", start));
        Matcher link =
                Pattern.compile("<a [^>]*href=\"([^\"]+)\"[^>]*>([^<]+)</a>").matcher(summary);
        java.util.List<String> links = new java.util.ArrayList<>();
        while (link.find()) {
            links.add(link.group(1) + " " + link.group(2).replace("&#39;", "'"));
        }
        return links;
    }
}
