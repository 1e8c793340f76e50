package nl.trefpunt.gateway.web;

import java.util.List;
import java.util.Locale;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * What the gateway's page layout ({@code templates/page.html}) shows around a page: the same
 * header, language switch and footer as platform/pages' shell, without a tenant's menu.
 *
 * @param language {@code nl} or {@code en}, for {@code <html lang>}
 * @param languages one link per language, to this page in that language
 * @param userName who is signed in, or null (shown on the landing page only)
 * @param logoutAction where the logout button posts, or null when nobody is signed in
 * @param overview whether this page is the overview at {@code /}
 */
public record PageShell(String language, List<Link> languages, String userName, String logoutAction, boolean overview) {

    /** The overview of the person's municipalities; the header's product name links here. */
    public static final String OVERVIEW_HREF = "/";
    /** The accessibility statement (routed to tenant-service, which renders platform/pages' statement). */
    public static final String ACCESSIBILITY_STATEMENT_HREF = "/toegankelijkheid";

    public record Link(String key, String href, boolean current) {}

    public String overviewHref() {
        return OVERVIEW_HREF;
    }

    public String accessibilityStatementHref() {
        return ACCESSIBILITY_STATEMENT_HREF;
    }

    public static PageShell of(ServerHttpRequest request, Locale locale, String userName, String logoutAction) {
        String path = request.getPath().value();
        List<Link> languages = CallerLanguage.SUPPORTED.stream()
                .map(l -> new Link(
                        l.getLanguage(),
                        sameUriIn(path, request.getURI().getRawQuery(), l.getLanguage()),
                        l.getLanguage().equals(locale.getLanguage())))
                .toList();
        return new PageShell(locale.getLanguage(), languages, userName, logoutAction, "/".equals(path));
    }

    /** This page with {@code lang} set to {@code language}, the rest of the query kept. */
    static String sameUriIn(String path, String rawQuery, String language) {
        // A refused path such as //elsewhere.example would become a link to another site.
        boolean sameSite = path.startsWith("/") && !path.startsWith("//") && path.indexOf('\\') < 0;
        StringBuilder uri = new StringBuilder(sameSite ? path : "/").append('?');
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (!pair.isEmpty()
                        && !pair.equals(CallerLanguage.PARAMETER)
                        && !pair.startsWith(CallerLanguage.PARAMETER + "=")) {
                    uri.append(pair).append('&');
                }
            }
        }
        return uri.append(CallerLanguage.PARAMETER).append('=').append(language).toString();
    }
}
