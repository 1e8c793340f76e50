package nl.trefpunt.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.trefpunt.platform.security.KeycloakToken;
import nl.trefpunt.platform.security.Role;
import nl.trefpunt.platform.tenancy.TenantContext;
import nl.trefpunt.platform.tenancy.TenantId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * Puts together the {@link Shell} for one request: the tenant from the tenant filter, the person
 * from the bearer token, and links that keep the gateway's {@code /{tenant}} prefix (the services
 * run with {@code server.forward-headers-strategy=framework}, so the prefix is the request's
 * context path).
 */
public class ShellModel {

    /** The model attribute the layout reads. */
    public static final String ATTRIBUTE = "shell";
    /** Model attribute a page may set: the tenant's display name for the header. */
    public static final String TENANT_NAME = "tenantName";
    /**
     * Model attribute a page may set: {@code true} for the tenant's uploaded stylesheet at
     * {@code /{tenant}/huisstijl.css}, or a URL (same rules as {@code trefpunt.pages.theme-css-url}).
     */
    public static final String TENANT_THEME_CSS = "tenantThemeCss";

    static final String TENANT_THEME_PATH = "/huisstijl.css";
    static final String ACCESSIBILITY_STATEMENT_PATH = "/toegankelijkheid";

    private final PagesProperties properties;
    private final ObjectProvider<TenantDisplayNames> tenantNames;

    public ShellModel(PagesProperties properties, ObjectProvider<TenantDisplayNames> tenantNames) {
        this.properties = properties;
        this.tenantNames = tenantNames;
    }

    public Shell of(HttpServletRequest request, Map<String, ?> model) {
        String prefix = request.getContextPath();
        TenantId tenant = TenantContext.current().orElse(null);
        Locale locale = LanguageCookieResolver.supported(RequestContextUtils.getLocale(request));
        String section = firstSegment(UrlPathHelper.defaultInstance.getPathWithinApplication(request));

        Jwt token = currentToken();
        List<String> roles = token == null ? List.of() : roles(token);
        List<Shell.Link> navigation = properties.menu().stream()
                .filter(item -> item.openTo(roles))
                .map(item -> new Shell.Link(
                        item.key(),
                        prefix + item.path(),
                        firstSegment(item.path()).equals(section)))
                .toList();
        List<Shell.Link> languages = LanguageCookieResolver.SUPPORTED.stream()
                .map(l -> new Shell.Link(
                        l.getLanguage(),
                        sameUriIn(request, l.getLanguage()),
                        l.getLanguage().equals(locale.getLanguage())))
                .toList();
        return new Shell(
                locale.getLanguage(),
                tenant == null ? null : tenant.slug(),
                tenant == null ? null : tenantName(tenant, model),
                token == null ? null : userName(token),
                roles,
                token != null,
                navigation,
                tenant == null ? null : prefix + properties.menu().get(0).path(),
                // At the gateway's root, not under the tenant prefix: the gateway owns both.
                properties.overviewUrl(),
                properties.logoutUrl(),
                languages,
                prefix + ACCESSIBILITY_STATEMENT_PATH,
                themeCss(prefix, tenant, model));
    }

    private String tenantName(TenantId tenant, Map<String, ?> model) {
        if (model != null && model.get(TENANT_NAME) instanceof String name && !name.isBlank()) {
            return name;
        }
        TenantDisplayNames names = tenantNames.getIfAvailable();
        if (names != null) {
            var name = names.nameOf(tenant);
            if (name.isPresent()) {
                return name.get();
            }
        }
        String slug = tenant.slug();
        return Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
    }

    private String themeCss(String prefix, TenantId tenant, Map<String, ?> model) {
        Object fromModel = model == null ? null : model.get(TENANT_THEME_CSS);
        String url;
        if (Boolean.TRUE.equals(fromModel)) {
            url = TENANT_THEME_PATH;
        } else if (fromModel instanceof String value && !value.isBlank()) {
            url = value.strip();
        } else {
            url = properties.themeCssUrl();
        }
        if (url == null) {
            return null;
        }
        if (url.contains("{tenant}")) {
            if (tenant == null) {
                return null;
            }
            url = url.replace("{tenant}", tenant.slug());
        }
        return url.startsWith("/") && !url.startsWith("//") ? prefix + url : url;
    }

    private static List<String> roles(Jwt token) {
        Set<String> realmRoles = KeycloakToken.realmRoles(token);
        List<String> known = new ArrayList<>();
        for (Role role : Role.values()) {
            if (realmRoles.contains(role.realmRole())) {
                known.add(role.realmRole());
            }
        }
        return known;
    }

    private static String userName(Jwt token) {
        String name = token.getClaimAsString("name");
        return name != null && !name.isBlank() ? name : token.getClaimAsString("preferred_username");
    }

    private static Jwt currentToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken jwt ? jwt.getToken() : null;
    }

    private static String firstSegment(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(0, slash);
    }

    /** The page the person is on, in another language; keeps the rest of the query string. */
    private static String sameUriIn(HttpServletRequest request, String language) {
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        try {
            return UriComponentsBuilder.fromUriString(uri)
                    .query(query)
                    .replaceQueryParam("lang", language)
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException malformedQuery) {
            return uri + "?lang=" + language;
        }
    }
}
