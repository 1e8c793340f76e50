package nl.trefpunt.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The page language, Dutch unless the person chose English ({@code ?lang=en}). The choice is kept
 * in a cookie because the services hold no sessions. Only Dutch and English exist: any other
 * language, asked for or found in a forged cookie, falls back to Dutch so that {@code <html
 * lang>} always matches the text on the page.
 */
public class LanguageCookieResolver extends CookieLocaleResolver {

    public static final String COOKIE_NAME = "trefpunt-taal";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

    public LanguageCookieResolver() {
        super(COOKIE_NAME);
        setDefaultLocale(DUTCH);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return supported(super.resolveLocale(request));
    }

    /**
     * Lazy, like the parent's: the DispatcherServlet resolves this context before the language
     * switch runs, and bean validation reads it later to write its messages in the chosen language.
     */
    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        TimeZoneAwareLocaleContext resolved = (TimeZoneAwareLocaleContext) super.resolveLocaleContext(request);
        return new TimeZoneAwareLocaleContext() {
            @Override
            public Locale getLocale() {
                return supported(resolved.getLocale());
            }

            @Override
            public TimeZone getTimeZone() {
                return resolved.getTimeZone();
            }
        };
    }

    @Override
    public void setLocaleContext(
            HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
        Locale chosen = localeContext == null ? null : localeContext.getLocale();
        boolean known = chosen != null
                && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(chosen.getLanguage()));
        super.setLocaleContext(request, response, known ? new SimpleLocaleContext(supported(chosen)) : null);
    }

    static Locale supported(Locale locale) {
        if (locale == null) {
            return DUTCH;
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(DUTCH);
    }
}
