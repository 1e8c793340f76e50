package nl.trefpunt.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import nl.trefpunt.platform.tenancy.TenantContext;
import nl.trefpunt.platform.tenancy.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.DispatcherServlet;

class ShellModelTests {

    @AfterEach
    void forgetTheUser() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void themePropertyIsResolvedPerTenantWithinTheGatewayPrefix() {
        Shell shell = shellFor("/{tenant}/huisstijl.css", Map.of());

        // "/{tenant}/..." under prefix "/arnhem" — a property may also name a full URL.
        assertThat(shell.themeCssHref()).isEqualTo("/arnhem/arnhem/huisstijl.css");
        assertThat(shellFor("https://cdn.example.nl/{tenant}.css", Map.of()).themeCssHref())
                .isEqualTo("https://cdn.example.nl/arnhem.css");
        assertThat(shellFor(null, Map.of()).themeCssHref()).isNull();
    }

    @Test
    void pageModelWinsOverTheProperty() {
        assertThat(shellFor("/x.css", Map.of(ShellModel.TENANT_THEME_CSS, true)).themeCssHref())
                .isEqualTo("/arnhem/huisstijl.css");
        assertThat(shellFor("/x.css", Map.of(ShellModel.TENANT_THEME_CSS, "/thema/donker.css"))
                        .themeCssHref())
                .isEqualTo("/arnhem/thema/donker.css");
    }

    @Test
    void tenantNameComesFromTheModelThenTheDirectoryThenTheSlug() {
        assertThat(shellFor(null, Map.of(ShellModel.TENANT_NAME, "Gemeente Arnhem"))
                        .tenantName())
                .isEqualTo("Gemeente Arnhem");
        assertThat(shellFor(null, Map.of()).tenantName()).isEqualTo("Arnhem");

        ShellModel withDirectory =
                new ShellModel(PagesProperties.defaults(), provider(tenant -> Optional.of("Gem. " + tenant.slug())));
        Shell shell = TenantContext.callAs(TenantId.of("arnhem"), () -> withDirectory.of(request(), Map.of()));
        assertThat(shell.tenantName()).isEqualTo("Gem. arnhem");
    }

    @Test
    void onlyTrefpuntRolesAreShownInAFixedOrder() {
        Jwt jwt = Jwt.withTokenValue("t")
                .header("alg", "none")
                .claim("realm_access", Map.of("roles", java.util.List.of("hirer", "offline_access", "platform-admin")))
                .claim("name", "Sanne de Vries")
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));

        Shell shell = shellFor(null, Map.of());

        assertThat(shell.roles()).containsExactly("platform-admin", "hirer");
        assertThat(shell.userName()).isEqualTo("Sanne de Vries");
    }

    @Test
    void withoutTenantThereIsNoTenantInTheHeader() {
        Shell shell = new ShellModel(theme("/{tenant}/huisstijl.css"), provider(null)).of(request(), Map.of());

        assertThat(shell.tenant()).isNull();
        assertThat(shell.tenantName()).isNull();
        assertThat(shell.themeCssHref()).isNull();
        assertThat(shell.roles()).isEmpty();
    }

    @Test
    void currentSectionAndLanguageAreMarked() {
        signIn("municipality-admin");
        MockHttpServletRequest request = request();
        request.setRequestURI("/arnhem/ruimtes/zalen");
        request.setQueryString("dag=2025-06-01");

        Shell shell = TenantContext.callAs(
                TenantId.of("arnhem"),
                () -> new ShellModel(PagesProperties.defaults(), provider(null)).of(request, Map.of()));

        assertThat(shell.language()).isEqualTo("nl");
        assertThat(shell.navigation())
                .extracting(Shell.Link::key, Shell.Link::href, Shell.Link::current)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("centra", "/arnhem/centra", false),
                        org.assertj.core.groups.Tuple.tuple("ruimtes", "/arnhem/ruimtes", true),
                        org.assertj.core.groups.Tuple.tuple("beheer", "/arnhem/beheer", false));
        assertThat(shell.languages())
                .extracting(Shell.Link::href)
                .containsExactly(
                        "/arnhem/ruimtes/zalen?dag=2025-06-01&lang=nl", "/arnhem/ruimtes/zalen?dag=2025-06-01&lang=en");
        assertThat(shell.accessibilityStatementHref()).isEqualTo("/arnhem/toegankelijkheid");
    }

    @Test
    void menuOffersEachSectionOnlyToTheRolesThatMayOpenIt() {
        signIn("hirer");
        assertThat(shellFor(null, Map.of()).navigation())
                .extracting(Shell.Link::key)
                .containsExactly("centra", "ruimtes");

        signIn("municipality-admin");
        assertThat(shellFor(null, Map.of()).navigation())
                .extracting(Shell.Link::key)
                .containsExactly("centra", "ruimtes", "beheer");

        signIn("centre-manager", "platform-admin");
        assertThat(shellFor(null, Map.of()).navigation())
                .extracting(Shell.Link::key)
                .contains("beheer");
    }

    @Test
    void menuFollowsTheConfiguredItems() {
        signIn("hirer");
        PagesProperties properties = new PagesProperties(
                null,
                java.util.List.of(
                        new PagesProperties.MenuItem("ruimtes", "/ruimtes", null),
                        new PagesProperties.MenuItem("beheer", "/beheer", java.util.Set.of("hirer"))),
                null,
                null,
                null);
        Shell shell = TenantContext.callAs(
                TenantId.of("arnhem"), () -> new ShellModel(properties, provider(null)).of(request(), Map.of()));

        assertThat(shell.navigation()).extracting(Shell.Link::key).containsExactly("ruimtes", "beheer");
        assertThat(shell.startHref()).isEqualTo("/arnhem/ruimtes");
    }

    @Test
    void overviewAndLogoutAreTheGatewaysOutsideTheTenantPrefix() {
        assertThat(shellFor(null, Map.of()).signedIn()).isFalse();
        signIn("hirer");

        Shell shell = shellFor(null, Map.of());

        assertThat(shell.signedIn()).isTrue();
        assertThat(shell.overviewHref()).isEqualTo("/");
        assertThat(shell.logoutAction()).isEqualTo("/logout");
        assertThat(shell.startHref()).isEqualTo("/arnhem/centra");
    }

    private static void signIn(String... roles) {
        Jwt jwt = Jwt.withTokenValue("t")
                .header("alg", "none")
                .claim("realm_access", Map.of("roles", java.util.List.of(roles)))
                .claim("preferred_username", "sanne")
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    private static PagesProperties theme(String themeCssUrl) {
        return new PagesProperties(themeCssUrl, null, null, null, null);
    }

    private static Shell shellFor(String themeProperty, Map<String, ?> model) {
        ShellModel shells = new ShellModel(theme(themeProperty), provider(null));
        return TenantContext.callAs(TenantId.of("arnhem"), () -> shells.of(request(), model));
    }

    /** As the gateway's request arrives once ForwardedHeaderFilter applied X-Forwarded-Prefix. */
    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/arnhem/centra");
        request.setContextPath("/arnhem");
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new LanguageCookieResolver());
        return request;
    }

    private static ObjectProvider<TenantDisplayNames> provider(TenantDisplayNames names) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (names != null) {
            beans.registerSingleton("tenantDisplayNames", names);
        }
        return beans.getBeanProvider(TenantDisplayNames.class);
    }
}
