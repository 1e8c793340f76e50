package nl.trefpunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import nl.trefpunt.launcher.DemoTenants;
import nl.trefpunt.launcher.Platform;
import nl.trefpunt.platform.test.browser.BrowserPages;
import nl.trefpunt.platform.test.browser.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Keycloak's login pages with the Trefpunt theme ({@code infra/keycloak/themes/trefpunt}), in
 * Debian's Chromium against the real Keycloak the launcher starts: every page passes axe-core
 * (WCAG 2.2 AA) — BrowserSession checks each one it loads — and reflows at 320 CSS pixels; the
 * pages look like Trefpunt and speak Dutch, or English after choosing it; a wrong password says
 * nothing about whether the account exists; and the person gets in.
 */
@ExtendWith(TrefpuntPlatform.class)
class KeycloakLoginPageIT {

    @RegisterExtension
    static BrowserPages browser = new BrowserPages();

    /** WCAG 1.4.10: content at 320 CSS pixels wide without scrolling sideways. */
    private static final int NARROW = 320;

    /** A browser set to Dutch; Keycloak follows Accept-Language until a language is chosen. */
    private static final Map<String, String> DUTCH = Map.of("Accept-Language", "nl-NL,nl;q=0.9");

    @Test
    void aMunicipalityAdminLogsInOnDutchPagesThatPassAxeAndReflow(TrefpuntPlatform.Started started) {
        Platform platform = started.platform();
        String gateway = platform.gatewayUrl().toString();
        BrowserSession session = browser.open(gateway, DUTCH);
        Page page = session.page();

        session.navigate("/arnhem/centra");

        assertThat(page.url()).startsWith(platform.keycloak().baseUrl().toString());
        looksLikeTrefpunt(page, "nl", "Inloggen bij Trefpunt");
        assertThat(page.locator(".trefpunt-language a[aria-current=true]").innerText())
                .isEqualTo("Nederlands");
        reflowsAtNarrowWidth(session);

        page.locator("#username").fill("arnhem-admin");
        session.click("#kc-login");

        // The password page shows the username it remembered, in a labelled field: Keycloak's
        // own theme leaves #kc-attempted-username without a label (axe rule "label").
        assertThat(page.locator("#kc-attempted-username").inputValue()).isEqualTo("arnhem-admin");
        assertThat(page.locator("label[for=kc-attempted-username]").innerText()).isNotBlank();
        looksLikeTrefpunt(page, "nl", "Inloggen bij Trefpunt");
        reflowsAtNarrowWidth(session);

        page.locator("#password").fill(DemoTenants.PASSWORD);
        session.click("#kc-login");

        assertThat(page.url()).startsWith(gateway + "/arnhem/centra");
        assertThat(page.locator("main").innerText()).contains("De Wasplaats");
    }

    @Test
    void theSamePagesInEnglishAfterChoosingEnglish(TrefpuntPlatform.Started started) {
        Platform platform = started.platform();
        String gateway = platform.gatewayUrl().toString();
        BrowserSession session = browser.open(gateway, DUTCH);
        Page page = session.page();
        session.navigate("/oss/centra");

        session.click(".trefpunt-language a[hreflang=en]");

        looksLikeTrefpunt(page, "en", "Sign in to Trefpunt");
        assertThat(page.locator(".trefpunt-language a[aria-current=true]").innerText())
                .isEqualTo("English");
        reflowsAtNarrowWidth(session);

        page.locator("#username").fill("oss-admin");
        session.click("#kc-login");
        looksLikeTrefpunt(page, "en", "Sign in to Trefpunt");
        assertThat(page.locator("label[for=kc-attempted-username]").innerText()).contains("Username");
        reflowsAtNarrowWidth(session);

        page.locator("#password").fill(DemoTenants.PASSWORD);
        session.click("#kc-login");

        assertThat(page.url()).startsWith(gateway + "/oss/centra");
        assertThat(page.locator("main").innerText()).contains("De Bongerd");
    }

    /**
     * Someone trying names learns nothing: an account that exists (in another municipality, too)
     * and a name nobody has get the same pages with the same words — Keycloak's own pages offer
     * registration on the password page only to names without an account. The pages on the way
     * (a refused login, the forgotten-password form and its answer, the registration form) pass
     * axe and reflow.
     */
    @Test
    void triedNamesGetTheSamePagesWhetherOrNotAnAccountExists(TrefpuntPlatform.Started started) {
        List<String> existing = failedLogin(started, "hilversum-admin");
        List<String> unknown = failedLogin(started, "niemand-" + System.nanoTime());

        assertThat(existing).isEqualTo(unknown);
        assertThat(existing.get(1)).contains("Gebruikersnaam of wachtwoord onjuist.");
        String reset = passwordReset(started, "hilversum-admin");
        assertThat(reset)
                .isEqualTo(passwordReset(started, "niemand-bekend"))
                .startsWith("Hoort er een account bij deze gegevens");

        BrowserSession session = browser.open(started.platform().gatewayUrl().toString(), DUTCH);
        session.navigate("/hilversum/centra");
        session.click("#kc-registration a");
        looksLikeTrefpunt(session.page(), "nl", "Registreren");
        reflowsAtNarrowWidth(session);
    }

    /** What the password page says before and after a wrong password, the name left out. */
    private static List<String> failedLogin(TrefpuntPlatform.Started started, String username) {
        BrowserSession session = browser.open(started.platform().gatewayUrl().toString(), DUTCH);
        Page page = session.page();
        session.navigate("/hilversum/centra");
        page.locator("#username").fill(username);
        session.click("#kc-login");
        String asked = page.locator("main").innerText().replace(username, "<naam>");
        page.locator("#password").fill("geen-goed-wachtwoord");
        session.click("#kc-login");
        reflowsAtNarrowWidth(session);
        return List.of(asked, page.locator("main").innerText().replace(username, "<naam>"));
    }

    private static String passwordReset(TrefpuntPlatform.Started started, String username) {
        BrowserSession session = browser.open(started.platform().gatewayUrl().toString(), DUTCH);
        Page page = session.page();
        session.navigate("/hilversum/centra");
        page.locator("#username").fill(username);
        session.click("#kc-login");
        session.click("a[href*='reset-credentials']");
        looksLikeTrefpunt(page, "nl", "Wachtwoord vergeten?");
        reflowsAtNarrowWidth(session);
        page.locator("#username").fill(username);
        session.click("#kc-reset-password-form [type=submit]");
        return page.locator(".kc-feedback-text").first().innerText().strip();
    }

    /** Trefpunt's header, type and language on a Keycloak page, not Keycloak's own look. */
    private static void looksLikeTrefpunt(Page page, String language, String heading) {
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
        assertThat(page.locator("html").getAttribute("class")).contains("trefpunt-login");
        assertThat(page.locator("h1").innerText().strip()).isEqualTo(heading);
        assertThat(page.locator("header .trefpunt-header__product").innerText()).isEqualTo("Trefpunt");
        assertThat(page.locator("main#inhoud").count()).isEqualTo(1);
        assertThat((String) page.evaluate("() => getComputedStyle(document.body).fontFamily"))
                .startsWith("\"Noto Sans\"");
        assertThat((Boolean) page.evaluate("() => document.fonts.check('16px \"Noto Sans\"')"))
                .as("Noto Sans loaded from the theme")
                .isTrue();
    }

    /** Narrows the window to 320 px: nothing wider than the window, and axe still passes. */
    private static void reflowsAtNarrowWidth(BrowserSession session) {
        Page page = session.page();
        var original = page.viewportSize();
        page.setViewportSize(NARROW, 640);
        try {
            Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue())
                    .as("page width at %d px on %s", NARROW, page.url())
                    .isLessThanOrEqualTo(NARROW);
            session.checkAccessibility();
        } finally {
            page.setViewportSize(original.width, original.height);
        }
    }
}
