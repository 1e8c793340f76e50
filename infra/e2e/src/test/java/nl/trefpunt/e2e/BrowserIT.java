package nl.trefpunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.trefpunt.launcher.DemoTenants;
import nl.trefpunt.launcher.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A municipality administrator in a real browser (Debian's Chromium): logs in through the gateway
 * and Keycloak's login form, sees their municipality's centres, is refused another municipality
 * with a 403 page, and logs out of the gateway and Keycloak. Every Trefpunt page it visits must
 * pass axe-core's WCAG 2.2 AA rules; the login pages (Trefpunt's Keycloak theme) are checked in
 * {@link KeycloakLoginPageIT}.
 */
@ExtendWith(TrefpuntPlatform.class)
class BrowserIT {

    /** Debian's chromium (apt), or TREFPUNT_CHROMIUM, as in the services' browser tests. */
    private static final Path CHROMIUM = chromium();

    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");

    @BeforeAll
    static void chromiumIsInstalled() {
        assumeTrue(
                Files.isExecutable(CHROMIUM),
                "Browser test skipped: no Chromium at " + CHROMIUM
                        + " (on Debian: apt-get install chromium chromium-driver)");
    }

    @Test
    void municipalityAdminSeesOwnCentresIsRefusedElsewhereAndLogsOut(TrefpuntPlatform.Started started) {
        Platform platform = started.platform();
        String gateway = platform.gatewayUrl().toString();
        try (Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(CHROMIUM)
                                .setArgs(CHROMIUM_ARGS)
                                .setHeadless(true));
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"))) {
            Page page = context.newPage();

            // The gateway's own pages follow the language choice, and keep it.
            page.navigate(gateway + "/?lang=en");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            assertThat(page.locator("body").innerText()).contains("Log in");
            passesAccessibilityCheck(page);
            page.navigate(gateway + "/?lang=nl");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");
            passesAccessibilityCheck(page);
            // A municipality's house style is public: the login page may need it.
            Response houseStyle = page.navigate(gateway + "/arnhem/huisstijl.css");
            assertThat(houseStyle.status()).isEqualTo(200);
            assertThat(houseStyle.headerValue("content-type")).startsWith("text/css");
            page.navigate(gateway + "/");
            page.getByText("Inloggen").first().click();
            page.waitForURL(url -> url.startsWith(platform.keycloak().baseUrl().toString()));
            logIn(page, "arnhem-admin", gateway);

            assertThat(page.locator("main").innerText()).contains("Gemeente Arnhem");
            passesAccessibilityCheck(page);

            Response centres = page.navigate(gateway + "/arnhem/centra");
            assertThat(centres.status()).isEqualTo(200);
            assertThat(page.locator("main").innerText())
                    .contains("De Wasplaats", "De Lommerd")
                    .doesNotContain("De Bongerd");
            passesAccessibilityCheck(page);

            Response foreign = page.navigate(gateway + "/oss/centra");
            assertThat(foreign.status()).isEqualTo(403);
            assertThat(page.locator("main").innerText()).contains("403").doesNotContain("De Bongerd");
            passesAccessibilityCheck(page);
            // The gateway's own error page in English, when asked.
            Response foreignInEnglish = page.navigate(gateway + "/oss/centra?lang=en");
            assertThat(foreignInEnglish.status()).isEqualTo(403);
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            passesAccessibilityCheck(page);
            page.navigate(gateway + "/?lang=nl");

            // /arnhem is the municipality's start page; from there the shell leads back to the
            // overview and logs out.
            Response start = page.navigate(gateway + "/arnhem");
            assertThat(start.status()).isEqualTo(200);
            assertThat(page.url()).startsWith(gateway + "/arnhem/centra");
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Uitloggen"))
                    .click();
            page.waitForURL(url -> url.startsWith(gateway) && !url.contains("/logout"));
            assertThat(page.getByText("Inloggen").first().isVisible()).isTrue();
            passesAccessibilityCheck(page);

            // Logged out at Keycloak too: a protected page asks for the password again instead of
            // silently logging back in.
            page.navigate(gateway + "/arnhem/centra");
            page.waitForURL(url -> url.startsWith(platform.keycloak().baseUrl().toString()));
            assertThat(page.locator("#username").isVisible()).isTrue();
        }
    }

    private static Path chromium() {
        String configured = System.getenv("TREFPUNT_CHROMIUM");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    /**
     * Keycloak's form: with Organizations on it asks for the username first and the password on
     * a second page (identity-first); fill whichever is shown until the gateway has the browser
     * back.
     */
    private static void logIn(Page page, String username, String gateway) {
        for (int step = 0; step < 3 && !page.url().startsWith(gateway); step++) {
            if (page.locator("#username").isVisible()) {
                page.locator("#username").fill(username);
            }
            if (page.locator("#password").isVisible()) {
                page.locator("#password").fill(DemoTenants.PASSWORD);
            }
            page.locator("#kc-login").click();
            page.waitForLoadState();
        }
        page.waitForURL(url -> url.startsWith(gateway));
    }

    /** axe-core's WCAG 2.2 AA rules, and reflow (WCAG 1.4.10): nothing wider than 320 px at 320 px. */
    private static void passesAccessibilityCheck(Page page) {
        var size = page.viewportSize();
        page.setViewportSize(320, 640);
        try {
            Object width = page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue())
                    .as(page.url() + " is wider than a 320 px window")
                    .isLessThanOrEqualTo(320);
        } finally {
            page.setViewportSize(size.width, size.height);
        }
        axeFindsNothing(page);
    }

    private static void axeFindsNothing(Page page) {
        List<Rule> violations =
                new AxeBuilder(page).withTags(WCAG_22_AA).analyze().getViolations();
        assertThat(violations)
                .as(() -> "axe-core (WCAG 2.2 AA) violations on " + page.url() + ":\n"
                        + violations.stream()
                                .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
