package nl.trefpunt.platform.pages.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The shell in a real browser (Debian's Chromium), as a keyboard and screen-reader user meets it.
 * Every page visited is checked with axe-core for WCAG 2.2 AA (see {@link BrowserSession}).
 */
@ServiceIntegrationTest
class PageShellBrowserIT {

    @RegisterExtension
    static BrowserPages browser = new BrowserPages();

    @LocalServerPort
    int port;

    BrowserSession session;

    @BeforeEach
    void provisionArnhemAndOpenABrowser() {
        assertThat(Api.on(port)
                        .as(TestTokens.service())
                        .put("/internal/tenants/arnhem", "")
                        .status())
                .isIn(200, 201);
        session = browser.open(
                "http://localhost:" + port,
                Map.of(
                        "Authorization",
                        "Bearer " + TestTokens.member("arnhem", "municipality-admin", "centre-manager"),
                        "Trefpunt-Tenant",
                        "arnhem"));
    }

    @Test
    void headerShowsTenantAndRolesInDutchByDefault() {
        session.navigate("/centra/demo");
        Page page = session.page();

        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");
        assertThat(page.locator("header [data-trefpunt-tenant]").innerText()).isEqualTo("Gemeente Arnhem");
        assertThat(page.locator("header [data-trefpunt-roles] li").allInnerTexts())
                .containsExactly("Beheerder gemeente", "Beheerder buurthuis");
        assertThat(page.locator("nav[aria-label=Hoofdmenu] a[aria-current=page]")
                        .innerText())
                .isEqualTo("Centra");
        assertThat(page.evaluate("() => typeof window.htmx")).isEqualTo("object");
    }

    @Test
    void englishWithLangParameterAndTheChoiceSticks() {
        session.navigate("/centra/demo?lang=en");
        Page page = session.page();
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.locator("h1").innerText()).isEqualTo("Sign up for an activity");

        session.navigate("/centra/demo");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");

        session.click("nav[aria-label=Language] a[lang=nl]");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");
        assertThat(page.locator("h1").innerText()).isEqualTo("Aanmelden voor een activiteit");
    }

    @Test
    void skipLinkIsTheFirstStopAndMovesFocusToTheContent() {
        session.navigate("/centra/demo");
        Page page = session.page();

        session.press("Tab");
        Locator skipLink = page.locator(".trefpunt-skip-link");
        assertThat(page.evaluate("() => document.activeElement.textContent.trim()"))
                .isEqualTo("Naar de inhoud");
        assertThat(skipLink.boundingBox().width).as("visible once focused").isGreaterThan(10);
        assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle"))
                .as("visible focus")
                .isNotEqualTo("none");

        session.press("Enter");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("inhoud");

        session.press("Tab");
        assertThat(page.evaluate("() => document.activeElement.closest('main') !== null"))
                .as("the next stop is inside the content")
                .isEqualTo(true);
    }

    @Test
    void overviewAndLogoutAreReachedByKeyboardWithVisibleFocus() {
        session.navigate("/centra/demo");
        Page page = session.page();
        Locator overview = page.locator("header a[data-trefpunt-overview]");
        Locator logout = page.locator("header form[data-trefpunt-logout] button");
        assertThat(overview.innerText()).isEqualTo("Uw gemeenten");
        assertThat(overview.getAttribute("href"))
                .as("the gateway's landing page")
                .isEqualTo("/");
        assertThat(logout.innerText()).isEqualTo("Uitloggen");
        assertThat(page.locator("header form[data-trefpunt-logout]").getAttribute("action"))
                .as("the gateway's logout, outside the tenant")
                .isEqualTo("/logout");
        assertThat(page.locator("header form[data-trefpunt-logout]").getAttribute("method"))
                .isEqualTo("post");

        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 12 && !stops.contains("Uitloggen"); i++) {
            page.keyboard().press("Tab");
            stops.add((String) page.evaluate("() => document.activeElement.textContent.trim()"));
            assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle"))
                    .as("visible focus on %s", stops.get(stops.size() - 1))
                    .isNotEqualTo("none");
        }
        assertThat(stops).containsSubsequence("Naar de inhoud", "Uw gemeenten", "Uitloggen");

        session.navigate("/centra/demo?lang=en");
        assertThat(overview.innerText()).isEqualTo("Your municipalities");
        assertThat(logout.innerText()).isEqualTo("Log out");
    }

    @Test
    void hirersMenuHasNoManagement() {
        BrowserSession hirer = browser.open(
                "http://localhost:" + port,
                Map.of("Authorization", "Bearer " + TestTokens.member("arnhem", "hirer"), "Trefpunt-Tenant", "arnhem"));
        hirer.navigate("/centra/demo");

        assertThat(hirer.page().locator("nav[aria-label=Hoofdmenu] a").allInnerTexts())
                .containsExactly("Centra", "Ruimtes");
        assertThat(session.navigate("/centra/demo").ok()).isTrue();
        assertThat(session.page().locator("nav[aria-label=Hoofdmenu] a").allInnerTexts())
                .containsExactly("Centra", "Ruimtes", "Beheer");
    }

    @Test
    void emptyFormShowsTheErrorSummaryWithFocusAndLinkedFields() {
        session.navigate("/centra/demo");
        Page page = session.page();

        session.click("button:text-is(\"Aanmelden\")");

        Locator summary = page.locator("[data-trefpunt-error-summary]");
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(page.evaluate("() => document.activeElement.hasAttribute('data-trefpunt-error-summary')"))
                .as("focus moved to the summary")
                .isEqualTo(true);
        assertThat(summary.locator("a").allInnerTexts())
                .containsExactly("Vul uw naam in", "Vul uw e-mailadres in", "Kies een soort activiteit");
        assertThat(summary.locator("a").first().getAttribute("href")).isEqualTo("#naam");

        Locator naam = page.locator("#naam");
        assertThat(naam.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(naam.getAttribute("aria-describedby")).isEqualTo("naam-error");
        assertThat(page.locator("#naam-error").innerText()).contains("Vul uw naam in");
        assertThat(page.locator("#email").getAttribute("aria-describedby")).isEqualTo("email-hint email-error");
        assertThat(page.locator("#toelichting").getAttribute("aria-invalid")).isNull();

        summary.locator("a").first().click();
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("naam");
    }

    @Test
    void htmxFormIsAnsweredInPlaceAndItsErrorSummaryTakesFocus() {
        session.navigate("/centra/demo");
        Page page = session.page();
        page.evaluate("() => window.stillTheSamePage = true");

        page.locator("#nieuwsbrief button[type=submit]").click();
        page.waitForFunction("() => document.activeElement"
                + " && document.activeElement.matches('#nieuwsbrief [data-trefpunt-error-summary]')");
        assertThat(page.locator("#nieuwsbrief [data-trefpunt-error-summary] a").allInnerTexts())
                .containsExactly("Vul uw e-mailadres in");
        assertThat(page.locator("#adres").getAttribute("aria-describedby")).isEqualTo("adres-error");
        assertThat(page.locator("main form")
                        .first()
                        .locator("[data-trefpunt-error-summary]")
                        .count())
                .as("the other form is untouched")
                .isZero();
        session.checkAccessibility();

        page.locator("#adres").fill("fatima@voorbeeld.nl");
        page.locator("#nieuwsbrief button[type=submit]").click();
        assertThat(page.locator("#nieuwsbrief [role=status]").innerText())
                .isEqualTo("U ontvangt de nieuwsbrief voortaan.");
        assertThat(page.evaluate("() => window.stillTheSamePage === true"))
                .as("htmx swapped a part, no page load")
                .isEqualTo(true);
        session.checkAccessibility();
    }

    @Test
    void correctedFormGoesThrough() {
        session.navigate("/centra/demo");
        Page page = session.page();

        page.locator("#naam").fill("Fatima el Amrani");
        page.locator("#email").fill("fatima@voorbeeld.nl");
        page.locator("#soort").selectOption("taal");
        session.click("button:text-is(\"Aanmelden\")");

        assertThat(page.locator("h1").innerText()).isEqualTo("Bedankt voor uw aanmelding");
    }

    @Test
    void errorPagesAndTheAccessibilityStatementAreAccessibleToo() {
        assertThat(session.navigate("/centra/demo/activiteiten/42").status()).isEqualTo(404);
        assertThat(session.page().locator("h1").innerText()).isEqualTo("Pagina niet gevonden");

        assertThat(session.navigate("/centra/demo/instellingen").status()).isEqualTo(403);
        assertThat(session.page().locator("h1").innerText()).isEqualTo("Geen toegang");

        assertThat(session.navigate("/centra/demo/storing").status()).isEqualTo(500);
        assertThat(session.page().locator("h1").innerText()).isEqualTo("Er ging iets mis");

        session.click("footer a");
        assertThat(session.page().locator("h1").innerText()).isEqualTo("Toegankelijkheid");
        assertThat(session.page().locator("main [data-trefpunt-contact-email]").getAttribute("href"))
                .isEqualTo("mailto:toegankelijkheid@arnhem.example");

        assertThat(session.navigate("/centra/demo/geweigerd").status()).isEqualTo(400);
        assertThat(session.page().locator("h1").innerText()).isEqualTo("Dit verzoek klopt niet");
    }
}
