package nl.trefpunt.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language a caller reads, for answers written outside Spring MVC (filters, the error
 * dispatch), where no locale resolver has run: {@code ?lang=en}, else the page shell's language
 * cookie, else {@code Accept-Language}, else Dutch. Only Dutch and English exist.
 */
public final class CallerLanguage {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** The page shell's cookie (platform-pages keeps the choice there). */
    public static final String COOKIE = "trefpunt-taal";

    private CallerLanguage() {}

    public static Locale of(HttpServletRequest request) {
        String chosen = fromQuery(request.getQueryString());
        if (chosen == null) {
            chosen = fromCookie(request.getCookies());
        }
        if (chosen == null) {
            chosen = fromAcceptLanguage(request.getHeader("Accept-Language"));
        }
        return "en".equals(chosen) ? Locale.ENGLISH : DUTCH;
    }

    /**
     * The language the query string asks for ({@code lang=en} or {@code lang=nl}), if any. Reads
     * the query string itself: asking for a parameter would make Tomcat read the form body too,
     * which may be what is wrong with the request.
     */
    public static java.util.Optional<Locale> askedInQuery(HttpServletRequest request) {
        String asked = fromQuery(request.getQueryString());
        return asked == null
                ? java.util.Optional.empty()
                : java.util.Optional.of("en".equals(asked) ? Locale.ENGLISH : DUTCH);
    }

    /** Reads the query string itself: asking for a parameter would read a form body too. */
    private static String fromQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=")) {
                return language(pair.substring(5));
            }
        }
        return null;
    }

    private static String fromCookie(Cookie[] cookies) {
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return language(cookie.getValue());
            }
        }
        return null;
    }

    /** The first of the caller's languages that we have; quality values are rarely out of order. */
    private static String fromAcceptLanguage(String header) {
        if (header == null) {
            return null;
        }
        for (String range : header.split(",")) {
            String language = language(range.split(";", 2)[0].strip());
            if (language != null) {
                return language;
            }
        }
        return null;
    }

    private static String language(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        if (lower.equals("en") || lower.startsWith("en-") || lower.startsWith("en_")) {
            return "en";
        }
        if (lower.equals("nl") || lower.startsWith("nl-") || lower.startsWith("nl_")) {
            return "nl";
        }
        return null;
    }
}
