package nl.trefpunt.platform.pages.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trefpunt.platform.test.Api;
import nl.trefpunt.platform.test.ServiceIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shell over plain HTTP: what every page carries, languages, prefixes, forms and errors. */
@ServiceIntegrationTest
class PageShellIT {

    @LocalServerPort
    int port;

    HtmlClient arnhem;

    @BeforeEach
    void provisionTenants() {
        for (String tenant : DemoApplication.MUNICIPALITIES.keySet()) {
            assertThat(Api.on(port)
                            .as(TestTokens.service())
                            .put("/internal/tenants/" + tenant, "")
                            .status())
                    .isIn(200, 201);
        }
        arnhem = HtmlClient.on(port)
                .as(TestTokens.member("arnhem", "municipality-admin", "centre-manager", "offline_access"))
                .tenant("arnhem");
    }

    @Test
    void pageIsDutchByDefaultWithTenantPersonAndRolesInTheHeader() {
        HttpResponse<String> page = arnhem.get("/centra/demo");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("<html lang=\"nl\"")
                .contains("<title>Aanmelden voor een activiteit · Gemeente Arnhem · Trefpunt</title>")
                .contains(">Naar de inhoud</a>")
                .contains("data-trefpunt-tenant>Gemeente Arnhem</p>")
                .contains("<strong>user-arnhem</strong>")
                .contains("data-role=\"municipality-admin\">Beheerder gemeente</li>")
                .contains("data-role=\"centre-manager\">Beheerder buurthuis</li>")
                .doesNotContain("offline_access")
                .contains("<main id=\"inhoud\"")
                .contains(">Toegankelijkheid</a>");
    }

    @Test
    void languageSwitchesWithLangAndStaysInACookie() {
        HttpResponse<String> english = arnhem.get("/centra/demo?lang=en");

        assertThat(english.body())
                .contains("<html lang=\"en\"")
                .contains(">Skip to content</a>")
                .contains("data-role=\"municipality-admin\">Municipality administrator</li>")
                .contains("Sign up for an activity");
        String cookie = english.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("trefpunt-taal="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");

        HttpResponse<String> next = arnhem.header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .get("/centra/demo");
        assertThat(next.body()).contains("<html lang=\"en\"");
    }

    @Test
    void unsupportedLanguageFallsBackToDutch() {
        assertThat(arnhem.get("/centra/demo?lang=de").body()).contains("<html lang=\"nl\"");
        assertThat(arnhem.header("Cookie", "trefpunt-taal=fr")
                        .get("/centra/demo")
                        .body())
                .contains("<html lang=\"nl\"");
    }

    @Test
    void linksKeepTheGatewaysTenantPrefix() {
        String page = arnhem.header("X-Forwarded-Prefix", "/arnhem")
                .get("/centra/demo?zoek=koffie")
                .body();

        assertThat(page)
                .containsPattern("href=\"/arnhem/centra\"\\s+aria-current=\"page\"")
                .contains("href=\"/arnhem/ruimtes\">")
                .contains("href=\"/arnhem/beheer\">")
                .contains("href=\"/arnhem/toegankelijkheid\"")
                // The gateway's own addresses stay at its root, outside the tenant prefix.
                .containsPattern("<a [^>]*href=\"/\"[^>]*data-trefpunt-overview>Uw gemeenten</a>")
                .containsPattern("<form [^>]*method=\"post\" action=\"/logout\" data-trefpunt-logout>")
                .contains(">Uitloggen</button>")
                .doesNotContain("/arnhem/logout")
                .contains("href=\"/arnhem/css/nl-design-system/utrecht-component-library.css\"")
                .contains("href=\"/arnhem/css/nl-design-system/voorbeeld-theme.css\"")
                .contains("src=\"/arnhem/js/htmx.min.js\"")
                .contains("action=\"/arnhem/centra/demo\"")
                .contains("href=\"/arnhem/centra/demo?zoek=koffie&amp;lang=en\"")
                .doesNotContain("huisstijl.css");
    }

    @Test
    void pageMayAskForTheTenantsOwnThemeAndName() {
        String page = arnhem.header("X-Forwarded-Prefix", "/arnhem")
                .get("/centra/demo/huisstijl")
                .body();

        assertThat(page)
                .contains("href=\"/arnhem/huisstijl.css\" data-trefpunt-tenant-theme")
                .contains("data-trefpunt-tenant>Gemeente Arnhem (eigen naam)</p>");
    }

    @Test
    void emptyFormComesBackWithSummaryAndLinkedFieldErrors() {
        HttpResponse<String> response =
                arnhem.postForm("/centra/demo", Map.of("naam", "", "email", "", "soort", "", "toelichting", ""));

        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page)
                .contains("role=\"alert\"")
                .contains("data-trefpunt-error-summary")
                .containsPattern(
                        "<h2 class=\"utrecht-heading-2 trefpunt-error-summary__title\"\\s+id=\"(trefpunt-error-summary-title-\\d+)\">"
                                + "Er is iets niet goed ingevuld</h2>")
                .containsPattern("aria-labelledby=\"trefpunt-error-summary-title-\\d+\"")
                .contains("href=\"#naam\">Vul uw naam in</a>")
                .contains("href=\"#email\">Vul uw e-mailadres in</a>")
                .contains("href=\"#soort\">Kies een soort activiteit</a>")
                .doesNotContain("href=\"#toelichting\"");
        assertThat(tag(page, "input", "naam"))
                .contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"naam-error\"");
        assertThat(tag(page, "input", "email"))
                .contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"email-hint email-error\"");
        assertThat(tag(page, "select", "soort")).contains("aria-invalid=\"true\"");
        assertThat(tag(page, "textarea", "toelichting")).doesNotContain("aria-invalid");
        assertThat(page)
                .containsPattern("id=\"naam-error\">\\s*<span class=\"trefpunt-visually-hidden\">Fout:</span>"
                        + "\\s*<span>Vul uw naam in</span>");
    }

    @Test
    void formErrorsFollowTheLanguage() {
        String page = arnhem.postForm("/centra/demo?lang=en", Map.of("naam", "Fatima", "email", "geen-adres"))
                .body();

        assertThat(page)
                .contains("There is a problem with what you entered")
                .contains("href=\"#email\">Enter a valid email address, like name@example.com</a>")
                .contains("value=\"Fatima\"")
                .doesNotContain("href=\"#naam\"");
    }

    @Test
    void htmxFormWorksWithoutJavaScriptToo() {
        String withHtmx = arnhem.header("HX-Request", "true")
                .postForm("/centra/demo/nieuwsbrief", Map.of("adres", ""))
                .body();
        assertThat(withHtmx)
                .startsWith("<section")
                .contains("id=\"nieuwsbrief\"")
                .contains("href=\"#adres\">Vul uw e-mailadres in</a>")
                .doesNotContain("<html");

        String withoutJavaScript = arnhem.postForm("/centra/demo/nieuwsbrief", Map.of("adres", "fatima@voorbeeld.nl"))
                .body();
        assertThat(withoutJavaScript)
                .contains("<html lang=\"nl\"")
                .contains("U ontvangt de nieuwsbrief voortaan.")
                .doesNotContain("data-trefpunt-error-summary");
    }

    @Test
    void validFormRedirectsWithinTheTenant() {
        HttpResponse<String> response = arnhem.header("X-Forwarded-Prefix", "/arnhem")
                .postForm(
                        "/centra/demo",
                        Map.of("naam", "Fatima", "email", "fatima@voorbeeld.nl", "soort", "koffie", "toelichting", ""));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/arnhem/centra/demo/bedankt"));
    }

    @Test
    void missingThingIsA404PageInTheShell() {
        HttpResponse<String> response = arnhem.get("/centra/demo/activiteiten/42");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("<html lang=\"nl\"")
                .contains("<h1 class=\"utrecht-heading-1\">Pagina niet gevonden</h1>")
                .contains("data-trefpunt-tenant>Gemeente Arnhem</p>")
                .contains(">Naar de inhoud</a>");
    }

    @Test
    void refusedPageIsA403PageInTheShell() {
        HttpResponse<String> response = arnhem.get("/centra/demo/instellingen");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<h1 class=\"utrecht-heading-1\">Geen toegang</h1>");

        HttpResponse<String> admin = HtmlClient.on(port)
                .as(TestTokens.platformAdmin())
                .tenant("arnhem")
                .get("/centra/demo/instellingen");
        assertThat(admin.statusCode()).isEqualTo(200);
    }

    @Test
    void failingPageIsA500PageThatGivesNothingAway() {
        HttpResponse<String> response = arnhem.get("/centra/demo/storing?lang=en");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("<html lang=\"en\"")
                .contains("<h1 class=\"utrecht-heading-1\">Something went wrong</h1>")
                .doesNotContain("on fire")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void unknownAddressIsA404PageForBrowsersAndProblemJsonForApiClients() {
        HttpResponse<String> browser = arnhem.get("/centra/bestaat-niet");
        assertThat(browser.statusCode()).isEqualTo(404);
        assertThat(browser.body()).contains("Pagina niet gevonden");

        HttpResponse<String> api = arnhem.header("Accept", "application/json").get("/centra/bestaat-niet");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void apiErrorsStayProblemJson() {
        HttpResponse<String> response =
                arnhem.header("Accept", "application/json").get("/api/v1/activities/42");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("Activiteit '42' bestaat niet");
    }

    @Test
    void menuOffersOnlyWhatTheRoleMayOpen() {
        String hirer = HtmlClient.on(port)
                .as(TestTokens.member("arnhem", "hirer"))
                .tenant("arnhem")
                .get("/centra/demo")
                .body();
        assertThat(hirer)
                .contains("href=\"/centra\"")
                .contains("href=\"/ruimtes\"")
                .doesNotContain("href=\"/beheer\"")
                .doesNotContain(">Beheer</a>");

        assertThat(arnhem.get("/centra/demo").body())
                .contains("href=\"/beheer\"")
                .contains(">Beheer</a>");
    }

    @Test
    void pageWithoutASignedInPersonOffersNoLogout() {
        String page =
                HtmlClient.on(port).tenant("arnhem").get("/toegankelijkheid").body();

        assertThat(page).doesNotContain("data-trefpunt-logout").doesNotContain("href=\"/beheer\"");
    }

    @Test
    void accessibilityStatementGivesTheMunicipalitysOwnContact() {
        HttpResponse<String> response = arnhem.get("/toegankelijkheid");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<h1 class=\"utrecht-heading-1\">Toegankelijkheid</h1>")
                .contains("WCAG")
                .contains("Laat het Gemeente Arnhem weten:")
                .contains("data-trefpunt-contact=\"tenant\"")
                .contains("href=\"mailto:toegankelijkheid@arnhem.example\"")
                .contains("href=\"https://arnhem.example/toegankelijkheid\"")
                .doesNotContain("trefpunt.nl");
        assertThat(arnhem.get("/toegankelijkheid?lang=en").body()).contains("Let Gemeente Arnhem know:");
    }

    @Test
    void accessibilityStatementOffersThePlatformsContactWhenTheMunicipalityHasNone() {
        String page = HtmlClient.on(port)
                .as(TestTokens.member("oss", "hirer"))
                .tenant("oss")
                .get("/toegankelijkheid")
                .body();

        assertThat(page)
                .contains("Gemeente Oss heeft nog geen eigen contactadres voor toegankelijkheid opgegeven.")
                .contains("data-trefpunt-contact=\"platform\"")
                .contains("href=\"mailto:toegankelijkheid@trefpunt.nl\"")
                .doesNotContain("arnhem.example");
    }

    @Test
    void errorThatReachesTheContainerIsAPageForBrowsersAndProblemJsonForApiClients() {
        HttpResponse<String> browser = arnhem.get(DemoApplication.REFUSED_BY_FILTER + "?lang=en");
        assertThat(browser.statusCode()).isEqualTo(400);
        assertThat(browser.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(browser.body())
                .contains("<html lang=\"en\"")
                .contains("<h1 class=\"utrecht-heading-1\">This request is not valid</h1>")
                .contains(">Skip to content</a>")
                .contains("data-status=\"400\"");

        for (String accept : new String[] {"application/json", "application/problem+json", "*/*"}) {
            HttpResponse<String> api = arnhem.header("Accept", accept).get(DemoApplication.REFUSED_BY_FILTER);
            assertThat(api.statusCode()).isEqualTo(400);
            assertThat(api.headers().firstValue("Content-Type"))
                    .as("Accept: %s", accept)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.body()).contains("\"status\":400").doesNotContain("<html");
        }
    }

    @Test
    void otherTenantsPagesShowThatTenant() {
        String page = HtmlClient.on(port)
                .as(TestTokens.member("oss", "hirer"))
                .tenant("oss")
                .get("/toegankelijkheid")
                .body();

        assertThat(page).contains("data-trefpunt-tenant>Gemeente Oss</p>").contains("data-role=\"hirer\">Huurder</li>");
    }

    @Test
    void stylesheetsScriptsAndFontsAreServedFromTheJar() {
        HtmlClient assets = arnhem.header("Accept", "*/*");

        HttpResponse<String> components = assets.get("/css/nl-design-system/utrecht-component-library.css");
        assertThat(components.statusCode()).isEqualTo(200);
        assertThat(components.body()).contains(".utrecht-skip-link").contains(".utrecht-form-field");
        assertThat(assets.get("/css/nl-design-system/voorbeeld-theme.css").body())
                .contains(".voorbeeld-theme")
                .contains("--basis-focus-outline-color");
        assertThat(assets.get("/css/trefpunt.css").body()).contains(":focus-visible");
        assertThat(assets.get("/js/htmx.min.js").body()).contains("htmx");
        assertThat(assets.get("/js/trefpunt.js").body()).contains("data-trefpunt-error-summary");
        assertThat(assets.get("/fonts/noto-sans/noto-sans-latin-400-normal.woff2")
                        .statusCode())
                .isEqualTo(200);
        assertThat(assets.get("/fonts/noto-serif/noto-serif-latin-700-normal.woff2")
                        .statusCode())
                .isEqualTo(200);
    }

    /** The opening tag of the element with this id, whatever the order of its attributes. */
    private static String tag(String page, String element, String id) {
        Matcher tag = Pattern.compile("<" + element + "\\b[^>]*\\bid=\"" + id + "\"[^>]*>")
                .matcher(page);
        assertThat(tag.find()).as("<%s id=%s> on the page", element, id).isTrue();
        return tag.group();
    }
}
