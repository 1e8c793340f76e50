package nl.trefpunt.platform.pages;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param themeCssUrl a tenant's own design-token stylesheet, loaded after the open NL Design
 *     System tokens so it overrides them. {@code {tenant}} is replaced by the tenant's slug; a
 *     value starting with {@code /} is relative to the gateway's tenant prefix (so
 *     {@code /huisstijl.css} becomes {@code /arnhem/huisstijl.css}). Empty: no tenant theme,
 *     unless a page's model sets {@code tenantThemeCss}.
 * @param menu the main menu: one item per service section, shown only to the roles that may open
 *     it (see {@link MenuItem}); default {@link #DEFAULT_MENU}
 * @param overviewUrl the gateway's landing page, which lists the person's municipalities; an
 *     address at the gateway's root, outside any tenant (default {@code /})
 * @param logoutUrl where the logout button posts to: the gateway owns the login, so this is an
 *     address at its root, outside any tenant (default {@code /logout})
 * @param accessibilityContact the platform's contact for accessibility problems, an e-mail
 *     address or a web address; the accessibility statement offers it when the municipality has
 *     no contact of its own (default {@value #DEFAULT_ACCESSIBILITY_CONTACT})
 */
@ConfigurationProperties("trefpunt.pages")
public record PagesProperties(
        String themeCssUrl, List<MenuItem> menu, String overviewUrl, String logoutUrl, String accessibilityContact) {

    public static final String DEFAULT_ACCESSIBILITY_CONTACT = "toegankelijkheid@trefpunt.nl";

    /**
     * Who may open the services' sections. Mirrors the rules the sections enforce themselves: a
     * test in the owning service (e.g. tenant-service's for {@code /beheer}) checks that the menu
     * offers a section to exactly the roles the section lets in.
     */
    public static final List<MenuItem> DEFAULT_MENU = List.of(
            new MenuItem("centra", "/centra", Set.of()),
            new MenuItem("ruimtes", "/ruimtes", Set.of()),
            new MenuItem("beheer", "/beheer", Set.of("municipality-admin", "platform-admin", "platform-service")));

    public PagesProperties {
        themeCssUrl = blankIsNull(themeCssUrl);
        menu = menu == null || menu.isEmpty() ? DEFAULT_MENU : List.copyOf(menu);
        overviewUrl = blankIsNull(overviewUrl) == null ? "/" : overviewUrl.strip();
        logoutUrl = blankIsNull(logoutUrl) == null ? "/logout" : logoutUrl.strip();
        accessibilityContact =
                accessibilityContact == null ? DEFAULT_ACCESSIBILITY_CONTACT : blankIsNull(accessibilityContact);
    }

    /** The defaults, as a service without any {@code trefpunt.pages.*} property gets them. */
    public static PagesProperties defaults() {
        return new PagesProperties(null, null, null, null, null);
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * One entry of the main menu.
     *
     * @param key the message key suffix ({@code shell.nav.<key>}) for its text, in Dutch and English
     * @param path where it goes, within the tenant ({@code /beheer} becomes {@code /arnhem/beheer})
     * @param roles the realm roles that may open it; empty: everyone signed in to the tenant
     */
    public record MenuItem(String key, String path, Set<String> roles) {

        public MenuItem {
            if (key == null || key.isBlank() || path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException(
                        "A menu item needs a key and a path starting with /, got " + key + " " + path);
            }
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }

        /** Whether someone with these realm roles may open it. */
        public boolean openTo(Iterable<String> realmRoles) {
            if (roles.isEmpty()) {
                return true;
            }
            for (String role : realmRoles) {
                if (roles.contains(role)) {
                    return true;
                }
            }
            return false;
        }
    }
}
