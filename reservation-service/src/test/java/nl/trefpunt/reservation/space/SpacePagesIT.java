package nl.trefpunt.reservation.space;

import static nl.trefpunt.reservation.space.SpaceCatalogueIT.grooteZaal;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.id;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.provision;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.space;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import nl.trefpunt.reservation.centre.CoreServiceStandIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The space pages over plain HTTP, asked for as a browser behind the gateway asks. Each test uses
 * centres of its own (random ids), so spaces other tests add never blur the picture.
 */
@ServiceIntegrationTest
class SpacePagesIT {

    static final String SPACES = SpaceCatalogueIT.SPACES;

    @LocalServerPort
    int port;

    String centre;

    @BeforeEach
    void provisionArnhemAndOss() {
        provision(port, "arnhem");
        provision(port, "oss");
        centre = CoreServiceStandIn.knownCentre();
    }

    Api pages(String tenant, String... roles) {
        return Api.on(port).as(TestTokens.member(tenant, roles)).tenant(tenant).accept(Api.HTML);
    }

    Api api(String tenant) {
        return Api.on(port).as(TestTokens.member(tenant, "centre-manager")).tenant(tenant);
    }

    @Test
    void listShowsOnlyTheCallersOwnSpaces() {
        // The same centre id in both municipalities: only the tenant tells the spaces apart.
        String arnhemZaal = id(api("arnhem").post(SPACES, space(centre, "Zaal Arnhem", 40)));
        String ossZaal = id(api("oss").post(SPACES, space(centre, "Zaal Oss", 40)));

        Api.Response arnhem = pages("arnhem", "hirer").get("/ruimtes?centreId=" + centre);
        assertPage(arnhem, 200);
        assertThat(arnhem.body())
                .contains("Zaal Arnhem", "/ruimtes/" + arnhemZaal, "1 ruimte gevonden")
                .doesNotContain("Zaal Oss", ossZaal);

        Api.Response oss = pages("oss", "hirer").get("/ruimtes?centreId=" + centre);
        assertThat(oss.body()).contains("Zaal Oss").doesNotContain("Zaal Arnhem", arnhemZaal);
    }

    @Test
    void filtersByCentreAndMinimumCapacity() {
        id(api("arnhem").post(SPACES, space(centre, "Spreekkamer", 6)));
        id(api("arnhem").post(SPACES, space(centre, "Tuinzaal", 50)));
        id(api("arnhem").post(SPACES, grooteZaal(centre)));
        id(api("arnhem").post(SPACES, space(CoreServiceStandIn.knownCentre(), "Elders", 300)));

        String html = pages("arnhem", "hirer")
                .get("/ruimtes?centreId=" + centre + "&minCapacity=50")
                .body();

        assertThat(rowNames(html)).containsExactly("Grote zaal", "Tuinzaal");
        assertThat(row(html, "Grote zaal")).contains(">80<", "120 m²", ">Ja<");
        assertThat(html)
                .contains("2 ruimtes gevonden", "data-trefpunt-centre-filter", "href=\"/centra/" + centre + "\"")
                .contains("value=\"50\"", "value=\"" + centre + "\"");
    }

    @Test
    void aFilterThatIsNoNumberOrNoIdShowsTheErrorsAndKeepsWhatWasTyped() {
        Api.Response page = pages("arnhem", "hirer").get("/ruimtes?minCapacity=veel&centreId=de-wasplaats");

        assertPage(page, 200);
        String html = page.body();
        assertThat(summaryLinks(html))
                .containsExactly(
                        "#minCapacity Vul het aantal personen in als getal, zoals 50",
                        "#centreId Dit is geen identificatie van een centrum; gebruik de link op de pagina van het centrum");
        assertThat(control(html, "minCapacity")).contains("value=\"veel\"", "aria-invalid=\"true\"");
        assertThat(control(html, "centreId")).contains("value=\"de-wasplaats\"", "aria-invalid=\"true\"");
        assertThat(html).doesNotContain("data-trefpunt-space", "gevonden");

        Api.Response tooMany = pages("arnhem", "hirer").get("/ruimtes?minCapacity=0");
        assertThat(summaryLinks(tooMany.body()))
                .containsExactly("#minCapacity Vul een aantal personen in van 1 tot en met 2000");
    }

    @Test
    void longListsArePagedWithLinksThatKeepTheFilter() {
        for (int i = 1; i <= 21; i++) {
            id(api("oss").post(SPACES, space(centre, String.format("Kamer %02d", i), 10 + i)));
        }

        String first = pages("oss", "hirer")
                .get("/ruimtes?centreId=" + centre + "&minCapacity=11")
                .body();
        assertThat(first)
                .contains("21 ruimtes gevonden", "Pagina 1 van 2", "Kamer 20")
                .doesNotContain("Kamer 21");
        assertThat(first).contains("href=\"/ruimtes?centreId=" + centre + "&amp;minCapacity=11&amp;page=2\"");

        String second = pages("oss", "hirer")
                .get("/ruimtes?centreId=" + centre + "&minCapacity=11&page=2")
                .body();
        assertThat(rowNames(second)).containsExactly("Kamer 21");
        assertThat(second).contains("Pagina 2 van 2", "rel=\"prev\"");
    }

    @Test
    void detailShowsTheSpaceAndLeadsToItsCentre() {
        String zaal = id(api("arnhem").post(SPACES, grooteZaal(centre)));

        Api.Response page = pages("arnhem", "hirer").get("/ruimtes/" + zaal);

        assertPage(page, 200);
        assertThat(page.body())
                .contains("<h1 class=\"utrecht-heading-1\">Grote zaal</h1>")
                .contains("<title>Grote zaal · Arnhem · Trefpunt</title>")
                .contains("data-field=\"capacity\">80<", "120 m²")
                .contains("href=\"/centra/" + centre + "\"", "href=\"/ruimtes?centreId=" + centre + "\"");
    }

    @Test
    void anotherMunicipalitysSpaceIsADutchNotFoundPage() {
        String ossZaal = id(api("oss").post(SPACES, space(centre, "Zaal Oss", 40)));

        Api.Response foreign = pages("arnhem", "municipality-admin").get("/ruimtes/" + ossZaal);

        assertPage(foreign, 404);
        assertThat(foreign.body())
                .contains("<html lang=\"nl\"", "Pagina niet gevonden")
                .doesNotContain("Zaal Oss");
        assertPage(pages("arnhem", "hirer").get("/ruimtes/" + UUID.randomUUID()), 404);
        assertPage(pages("arnhem", "hirer").get("/ruimtes/grote-zaal"), 404);
    }

    @Test
    void englishOnRequest() {
        id(api("arnhem").post(SPACES, grooteZaal(centre)));

        Api.Response list = pages("arnhem", "hirer").get("/ruimtes?lang=en&centreId=" + centre);

        assertPage(list, 200);
        assertThat(list.body())
                .contains("<html lang=\"en\"", ">Rooms</h1>", "1 room found", "Wheelchair accessible", ">Yes<");
        Api.Response invalid = pages("arnhem", "hirer").get("/ruimtes?lang=en&minCapacity=lots");
        assertThat(summaryLinks(invalid.body()))
                .containsExactly("#minCapacity Enter the number of people as a number, like 50");
    }

    @Test
    void linksKeepTheGatewaysTenantPrefix() {
        String zaal = id(api("arnhem").post(SPACES, grooteZaal(centre)));
        Api behindGateway = pages("arnhem", "hirer").header("X-Forwarded-Prefix", "/arnhem");

        assertThat(behindGateway.get("/ruimtes?centreId=" + centre).body())
                .contains("href=\"/arnhem/ruimtes/" + zaal + "\"", "action=\"/arnhem/ruimtes\"")
                .contains("href=\"/arnhem/centra/" + centre + "\"");
        assertThat(behindGateway.get("/ruimtes/" + zaal).body()).contains("href=\"/arnhem/centra/" + centre + "\"");
    }

    static void assertPage(Api.Response page, int status) {
        assertThat(page.status()).as(page.toString()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<main id=\"inhoud\"");
    }

    static List<String> rowNames(String html) {
        Matcher name = Pattern.compile("<a [^>]*href=\"/ruimtes/[0-9a-f-]{36}\"[^>]*>([^<]+)</a>")
                .matcher(html);
        List<String> names = new ArrayList<>();
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    static String row(String html, String name) {
        int at = html.indexOf(">" + name + "</a>");
        assertThat(at).as("row for " + name).isPositive();
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }

    static String control(String html, String id) {
        Matcher control = Pattern.compile("<(input|select|textarea)[^>]*\\sid=\"" + id + "\"[^>]*>")
                .matcher(html);
        assertThat(control.find()).as("control #" + id).isTrue();
        return control.group();
    }

    static List<String> summaryLinks(String html) {
        int start = html.indexOf("data-trefpunt-error-summary");
        assertThat(start).as("error summary present").isPositive();
        String summary = html.substring(start, html.indexOf("</ul>", start));
        Matcher link =
                Pattern.compile("<a [^>]*href=\"([^\"]+)\"[^>]*>([^<]+)</a>").matcher(summary);
        List<String> links = new ArrayList<>();
        while (link.find()) {
            links.add(link.group(1) + " " + link.group(2).replace("&#39;", "'"));
        }
        return links;
    }
}
