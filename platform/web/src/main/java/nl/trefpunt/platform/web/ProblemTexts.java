package nl.trefpunt.platform.web;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatusCode;

/**
 * The platform's own error texts in Dutch and English (bundle {@code trefpunt/web/problems}).
 * The same bundle is added to each service's message source ({@link WebDefaults}), so Spring's
 * own problems (405, 406, 415, ...) are translated from it too.
 */
public final class ProblemTexts {

    static final String BUNDLE = "trefpunt/web/problems";

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename(BUNDLE);
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
        // Not the thread's context class loader: that may be a web application's that has
        // stopped since (tests start and stop several in one JVM).
        MESSAGES.setBeanClassLoader(ProblemTexts.class.getClassLoader());
    }

    private ProblemTexts() {}

    /** In the language of the request being handled (Spring MVC's locale resolver decided it). */
    public static String text(String code, Object... args) {
        return text(LocaleContextHolder.getLocale(), code, args);
    }

    public static String text(Locale locale, String code, Object... args) {
        return MESSAGES.getMessage(code, args, locale);
    }

    public static String title(Locale locale, HttpStatusCode status) {
        return MESSAGES.getMessage("status." + status.value() + ".title", null, reasonPhrase(status), locale);
    }

    public static String detail(Locale locale, HttpStatusCode status) {
        return MESSAGES.getMessage("status." + status.value() + ".detail", null, reasonPhrase(status), locale);
    }

    private static String reasonPhrase(HttpStatusCode status) {
        return status instanceof org.springframework.http.HttpStatus known
                ? known.getReasonPhrase()
                : String.valueOf(status.value());
    }
}
