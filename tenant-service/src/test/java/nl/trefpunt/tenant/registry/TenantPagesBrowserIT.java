package nl.trefpunt.tenant.registry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
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
 * The management page in Debian's Chromium. Every page loaded is checked with axe-core for WCAG
 * 2.2 AA; any violation fails.
 */
@ServiceIntegrationTest
class TenantPagesBrowserIT extends WithStubbedNeighbours {

    @RegisterExtension
    static BrowserPages browser = new BrowserPages();

    @LocalServerPort
    int port;

    @BeforeEach
    void onboardDeventer() {
        Api.Response response = Api.on(port)
                .as(TestTokens.platformAdmin())
                .put("/api/v1/tenants/deventer", Map.of("name", "Gemeente Deventer", "gemeentecode", "GM0150"));
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    BrowserSession open(String... roles) {
        return browser.open(
                "http://localhost:" + port,
                Map.of(
                        "Authorization",
                        "Bearer " + TestTokens.member("deventer", roles),
                        "Trefpunt-Tenant",
                        "deventer"));
    }

    @Test
    void theAdminReadsTheSummaryInDutchAndEnglish() {
        BrowserSession session = open("municipality-admin");
        Page page = session.page();

        session.navigate("/beheer");
        assertThat(page.locator("h1")).hasText("Beheer");
        assertThat(page.locator("header [data-trefpunt-tenant]")).hasText("Gemeente Deventer");
        assertThat(page.locator("nav[aria-label=Hoofdmenu] a[aria-current=page]"))
                .hasText("Beheer");
        assertThat(page.locator("[data-field=gemeentecode]")).hasText("GM0150");

        session.click("a[hreflang=en]");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Management");
        assertThat(page.locator("[data-field=status]")).hasText("Active");
    }

    @Test
    void othersMeetAnAccessibleForbiddenPage() {
        BrowserSession session = open("hirer");

        session.navigate("/beheer");

        assertThat(session.page().locator("h1")).hasText("Geen toegang");
    }
}
