package nl.trefpunt.gateway.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The language of the gateway's own answers, chosen the way the services choose it: Dutch unless
 * the caller asks for English with {@code ?lang=en} or the cookie {@code trefpunt-taal} the
 * services (and the gateway's pages) set on that choice; API clients may also ask with
 * {@code Accept-Language}. Browsers' {@code Accept-Language} is not followed: Trefpunt is Dutch
 * first, and a page must not change language between the gateway and the services.
 *
 * <p>Resolved only when the gateway answers itself (WebFlux asks lazily), so proxied requests
 * pay nothing for it.
 */
@Component("localeContextResolver")
public class CallerLanguage implements LocaleContextResolver {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);
    /** The same cookie as platform/pages' {@code LanguageCookieResolver}. */
    public static final String COOKIE = "trefpunt-taal";

    static final String PARAMETER = "lang";

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        return new SimpleLocaleContext(of(exchange.getRequest()));
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        throw new UnsupportedOperationException("The language is chosen with ?lang=, not set by the gateway");
    }

    public static Locale of(ServerHttpRequest request) {
        Locale asked = supported(request.getQueryParams().getFirst(PARAMETER));
        if (asked != null) {
            return asked;
        }
        HttpCookie cookie = request.getCookies().getFirst(COOKIE);
        Locale kept = cookie == null ? null : supported(cookie.getValue());
        if (kept != null) {
            return kept;
        }
        if (ApiRequests.isApi(request)) {
            try {
                for (Locale.LanguageRange range : request.getHeaders().getAcceptLanguage()) {
                    Locale accepted = supported(range.getRange());
                    if (accepted != null) {
                        return accepted;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return DUTCH;
            }
        }
        return DUTCH;
    }

    /**
     * Remembers a language asked for with {@code ?lang=} in the cookie, as the services do, so the
     * next page (gateway's or service's) stays in it.
     */
    public static void remember(ServerWebExchange exchange) {
        Locale asked = supported(exchange.getRequest().getQueryParams().getFirst(PARAMETER));
        if (asked != null) {
            exchange.getResponse()
                    .addCookie(ResponseCookie.from(COOKIE, asked.getLanguage())
                            .path("/")
                            .maxAge(Duration.ofDays(365))
                            .httpOnly(true)
                            .sameSite("Lax")
                            .build());
        }
    }

    /** Dutch or English for a tag such as {@code en}, {@code en-GB}, {@code nl}; null for anything else. */
    static Locale supported(String tag) {
        if (tag == null || tag.length() < 2) {
            return null;
        }
        if (tag.regionMatches(true, 0, "en", 0, 2)
                && (tag.length() == 2 || tag.charAt(2) == '-' || tag.charAt(2) == '_')) {
            return Locale.ENGLISH;
        }
        if (tag.regionMatches(true, 0, "nl", 0, 2)
                && (tag.length() == 2 || tag.charAt(2) == '-' || tag.charAt(2) == '_')) {
            return DUTCH;
        }
        return null;
    }
}
