package nl.trefpunt.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trefpunt.gateway.support.BrowserHttp;
import nl.trefpunt.gateway.support.GatewayIntegrationTest;
import nl.trefpunt.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@GatewayIntegrationTest
class LandingPageIT {

    private static final HttpClient http = BrowserHttp.client().build();
    private static final Pattern TENANT_LINK =
            Pattern.compile("<li><a class=\"utrecht-link utrecht-link--html-a\" href=\"([^\"]+)\">([^<]+)</a></li>");

    @LocalServerPort
    int port;

    @Test
    void listsOnlyTheTenantsTheCallerBelongsTo() throws Exception {
        String token = TestTokens.token("anna", List.of("arnhem", "hilversum"), List.of("centre-manager"), 300);

        String page = landing(token);

        assertThat(tenantLinks(page))
                .containsExactly(
                        Map.entry("/arnhem/centra", "Gemeente Arnhem"),
                        Map.entry("/hilversum/centra", "Gemeente Hilversum"));
        assertThat(page)
                .contains("Uitloggen", "action=\"/logout\"", "method=\"post\"")
                .doesNotContain("Gemeente Oss");
    }

    @Test
    void wearsTheShellOfTheTenantPages() throws Exception {
        String page = landing(null);

        assertThat(page)
                .contains(
                        "class=\"voorbeeld-theme trefpunt-theme\"",
                        "href=\"/css/nl-design-system/utrecht-component-library.css\"",
                        "href=\"/css/nl-design-system/voorbeeld-theme.css\"",
                        "href=\"/css/trefpunt.css\"",
                        "class=\"utrecht-page-header trefpunt-header\"",
                        "href=\"/toegankelijkheid\"",
                        ">Toegankelijkheid<",
                        "href=\"/?lang=en\"")
                .doesNotContain("community centres, together");
    }

    @Test
    void speaksEnglishAfterThePersonChoseIt() throws Exception {
        HttpResponse<String> chosen = http.send(
                BrowserHttp.request(URI.create("http://localhost:" + port + "/?lang=en"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> later = http.send(
                BrowserHttp.request(URI.create("http://localhost:" + port + "/"))
                        .header("Accept", "text/html")
                        .header("Cookie", "trefpunt-taal=en")
                        .header("Authorization", "Bearer " + TestTokens.platformAdmin())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(chosen.body()).contains("<html lang=\"en\"", "Welcome to Trefpunt", ">Accessibility<");
        assertThat(chosen.body()).doesNotContain("Welkom bij Trefpunt");
        assertThat(later.body()).contains("<html lang=\"en\"", "Your municipalities", "Log out");
    }

    @Test
    void hidesOffboardedTenantsEvenFromTheirFormerMembers() throws Exception {
        String token = TestTokens.token("piet", List.of("leerdam", "oss"), List.of("hirer"), 300);

        assertThat(tenantLinks(landing(token))).containsExactly(Map.entry("/oss/centra", "Gemeente Oss"));
    }

    @Test
    void showsPlatformAdminEveryActiveTenant() throws Exception {
        assertThat(tenantLinks(landing(TestTokens.platformAdmin())).keySet())
                .containsExactly("/arnhem/centra", "/hilversum/centra", "/oss/centra");
    }

    @Test
    void offersAnonymousVisitorsToLogIn() throws Exception {
        String page = landing(null);

        assertThat(page)
                .contains(
                        "<html lang=\"nl\"", "href=\"#inhoud\"", "href=\"/oauth2/authorization/keycloak\"", "Inloggen");
        assertThat(tenantLinks(page)).isEmpty();
    }

    private String landing(String token) throws Exception {
        HttpRequest.Builder request = BrowserHttp.request(URI.create("http://localhost:" + port + "/"))
                .header("Accept", "text/html");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static Map<String, String> tenantLinks(String page) {
        Map<String, String> links = new java.util.LinkedHashMap<>();
        Matcher matcher = TENANT_LINK.matcher(page);
        while (matcher.find()) {
            links.put(matcher.group(1), matcher.group(2));
        }
        return links;
    }
}
