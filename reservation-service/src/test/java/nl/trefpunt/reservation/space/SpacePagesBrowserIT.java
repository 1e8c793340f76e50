package nl.trefpunt.reservation.space;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.grooteZaal;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.id;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.provision;
import static nl.trefpunt.reservation.space.SpaceCatalogueIT.space;

import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import nl.trefpunt.platform.test.browser.BrowserPages;
import nl.trefpunt.platform.test.browser.BrowserSession;
import nl.trefpunt.reservation.centre.CoreServiceStandIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The space pages in Debian's Chromium, as a hirer looks for a room. Every page loaded is checked
 * with axe-core for WCAG 2.2 AA; any violation fails.
 */
@ServiceIntegrationTest
class SpacePagesBrowserIT {

    @RegisterExtension
    static BrowserPages browser = new BrowserPages();

    @LocalServerPort
    int port;

    String centre;

    @BeforeEach
    void provisionArnhemWithACentresSpaces() {
        provision(port, "arnhem");
        centre = CoreServiceStandIn.knownCentre();
        Api manager =
                Api.on(port).as(TestTokens.member("arnhem", "centre-manager")).tenant("arnhem");
        id(manager.post(SpaceCatalogueIT.SPACES, grooteZaal(centre)));
        id(manager.post(SpaceCatalogueIT.SPACES, space(centre, "Spreekkamer", 6)));
    }

    BrowserSession open() {
        return browser.open(
                "http://localhost:" + port,
                Map.of("Authorization", "Bearer " + TestTokens.member("arnhem", "hirer"), "Trefpunt-Tenant", "arnhem"));
    }

    @Test
    void filterThenOpenASpace() {
        BrowserSession session = open();
        Page page = session.page();
        session.navigate("/ruimtes?centreId=" + centre);
        assertThat(page.locator("h1")).hasText("Ruimtes");
        assertThat(page.locator("tr[data-trefpunt-space]")).hasCount(2);

        page.locator("#minCapacity").fill("20");
        session.click("button:text-is(\"Toon ruimtes\")");

        assertThat(page).hasURL(Pattern.compile("minCapacity=20"));
        assertThat(page.locator("tr[data-trefpunt-space]")).hasCount(1);
        assertThat(page.locator("#ruimtes-aantal")).hasText("1 ruimte gevonden");

        session.click("tr[data-trefpunt-space] a");
        assertThat(page.locator("h1")).hasText("Grote zaal");
        assertThat(page.locator("[data-field=floorArea]")).hasText("120 m²");
        assertThat(page.locator("[data-field=centre] a")).hasAttribute("href", "/centra/" + centre);

        session.click("a:text-is(\"Alle ruimtes van dit centrum\")");
        assertThat(page.locator("tr[data-trefpunt-space]")).hasCount(2);
    }

    @Test
    void aWrongFilterShowsTheErrorSummaryWithFocus() {
        BrowserSession session = open();
        Page page = session.page();
        session.navigate("/ruimtes");

        page.locator("#minCapacity").fill("veel");
        session.click("button:text-is(\"Toon ruimtes\")");

        assertThat(page.locator("[data-trefpunt-error-summary]")).isFocused();
        assertThat(page.locator("[data-trefpunt-error-summary] a"))
                .hasText(new String[] {"Vul het aantal personen in als getal, zoals 50"});
        assertThat(page.locator("#minCapacity")).hasValue("veel");
        assertThat(page.locator("#minCapacity")).hasAttribute("aria-describedby", "minCapacity-hint minCapacity-error");
    }

    @Test
    void unknownSpaceAndEnglishAreAccessiblePagesToo() {
        BrowserSession session = open();
        Page page = session.page();

        session.navigate("/ruimtes/" + UUID.randomUUID());
        assertThat(page.locator("h1")).hasText("Pagina niet gevonden");

        session.navigate("/ruimtes?lang=en&centreId=" + centre);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Rooms");
    }
}
