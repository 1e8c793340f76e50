package nl.trefpunt.core.centre;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.trefpunt.core.centre.CentreRegisterIT.CENTRES;
import static nl.trefpunt.core.centre.CentreRegisterIT.centre;
import static nl.trefpunt.core.centre.CentreRegisterIT.id;
import static nl.trefpunt.core.centre.CentreRegisterIT.provision;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import nl.trefpunt.platform.test.browser.BrowserPages;
import nl.trefpunt.platform.test.browser.BrowserSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The centre pages in Debian's Chromium, as a municipality admin uses them. Every page loaded (and
 * the list after each htmx search) is checked with axe-core for WCAG 2.2 AA; any violation fails.
 */
@ServiceIntegrationTest
class CentrePagesBrowserIT {

    @RegisterExtension
    static BrowserPages browser = new BrowserPages();

    @LocalServerPort
    int port;

    String suffix;

    @BeforeEach
    void provisionArnhem() {
        provision(port, "arnhem");
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    BrowserSession open(String... roles) {
        return browser.open(
                "http://localhost:" + port,
                Map.of("Authorization", "Bearer " + TestTokens.member("arnhem", roles), "Trefpunt-Tenant", "arnhem"));
    }

    @Test
    void searchNarrowsTheListInPlaceAndLeadsToTheCentre() {
        Api api = Api.on(port)
                .as(TestTokens.member("arnhem", "municipality-admin"))
                .tenant("arnhem");
        Map<String, Object> wasplaats = centre("Wasplaats " + suffix, "buurthuis");
        wasplaats.put(
                "address", Map.of("street", "Wasplaats", "houseNumber", "1a", "postcode", "6828 CX", "city", "Arnhem"));
        wasplaats.put("rentsOutRooms", true);
        String wasplaatsId = id(api.post(CENTRES, wasplaats));
        id(api.post(CENTRES, centre("Klarendal " + suffix, "wijkcentrum")));
        BrowserSession session = open("municipality-admin");
        Page page = session.page();

        session.navigate("/centra?name=" + suffix);
        assertThat(page.locator("h1")).hasText("Centra");
        assertThat(page.locator("tr[data-trefpunt-centre]")).hasCount(2);

        page.locator("#name").fill("wasplaats " + suffix);
        assertThat(page.locator("tr[data-trefpunt-centre]")).hasCount(1);
        assertThat(page.locator("#centra-aantal")).hasText("1 centrum gevonden");
        assertThat(page).hasURL(Pattern.compile("/centra\\?name=wasplaats"));
        assertThat(page.locator("#centra-aantal").getAttribute("role")).isEqualTo("status");
        session.checkAccessibility();

        session.click("tr[data-trefpunt-centre] a");
        assertThat(page).hasURL(Pattern.compile("/centra/" + wasplaatsId + "$"));
        assertThat(page.locator("h1")).hasText("Wasplaats " + suffix);
        assertThat(page.locator("[data-field=address]")).hasText("Wasplaats 1a, 6828 CX Arnhem");
    }

    @Test
    void searchWorksWithoutJavaScriptToo() {
        id(Api.on(port)
                .as(TestTokens.member("arnhem", "municipality-admin"))
                .tenant("arnhem")
                .post(CENTRES, centre("Zonder script " + suffix, "buurthuis")));
        BrowserSession session = open("hirer");
        Page page = session.page();
        // Without htmx the hx-* attributes are inert and the search is a plain GET form.
        page.route("**/js/htmx.min.js", route -> route.abort());
        session.navigate("/centra");
        assertThat(page.evaluate("() => typeof window.htmx")).isEqualTo("undefined");

        page.locator("#name").fill("zonder script " + suffix);
        session.press("Enter");

        assertThat(page).hasURL(Pattern.compile("/centra\\?name=zonder"));
        assertThat(page.locator("tr[data-trefpunt-centre]")).hasCount(1);
        assertThat(page.locator("[data-trefpunt-new-centre]")).hasCount(0);
    }

    @Test
    void registeringShowsTheErrorsFirstThenTheNewCentre() {
        BrowserSession session = open("municipality-staff");
        Page page = session.page();
        session.navigate("/centra");
        session.click("[data-trefpunt-new-centre]");
        assertThat(page.locator("h1")).hasText("Nieuw centrum registreren");

        session.click("button:text-is(\"Centrum registreren\")");

        Locator summary = page.locator("[data-trefpunt-error-summary]");
        assertThat(summary).isFocused();
        assertThat(summary.locator("a"))
                .hasText(new String[] {"Vul de naam van het centrum in", "Kies de soort centrum"});
        assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#name")).hasAttribute("aria-describedby", "name-error");
        session.click("[data-trefpunt-error-summary] a[href='#name']");
        assertThat(page.locator("#name")).isFocused();

        page.locator("#name").fill("Het Dorpshuis " + suffix);
        page.locator("#type").selectOption("dorpshuis");
        page.locator("#street").fill("Dorpsstraat");
        page.locator("#houseNumber").fill("7");
        page.locator("#postcode").fill("6871ab");
        page.locator("#city").fill("Renkum");
        page.locator("#rentsOutRooms").check();
        session.click("button:text-is(\"Centrum registreren\")");

        assertThat(page.locator("h1")).hasText("Het Dorpshuis " + suffix);
        assertThat(page.locator("[data-trefpunt-registered]")).hasText("Het centrum is geregistreerd.");
        assertThat(page.locator("[data-field=address]")).hasText("Dorpsstraat 7, 6871 AB Renkum");
        assertThat(page.locator("[data-field=rentsOutRooms]")).hasText("Ja");

        session.click("a:text-is(\"Terug naar alle centra\")");
        page.locator("#name").fill("dorpshuis " + suffix);
        assertThat(page.locator("tr[data-trefpunt-centre]")).hasCount(1);
        session.checkAccessibility();
    }

    @Test
    void refusalsAndUnknownCentresAreAccessiblePagesInTheChosenLanguage() {
        BrowserSession session = open("hirer");
        Page page = session.page();

        session.navigate("/centra/nieuw");
        assertThat(page.locator("h1")).hasText("Geen toegang");

        session.navigate("/centra/" + UUID.randomUUID() + "?lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Page not found");

        session.navigate("/centra");
        assertThat(page.locator("h1")).hasText("Centres");
        assertThat(page.locator("label[for=name]")).hasText("Search by name");
    }
}
