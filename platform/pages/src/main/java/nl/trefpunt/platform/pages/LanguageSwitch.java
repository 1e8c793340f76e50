package nl.trefpunt.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.trefpunt.platform.web.CallerLanguage;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * {@code ?lang=en} / {@code ?lang=nl} switches the page language and keeps it (the locale
 * resolver's cookie). Unlike Spring's {@code LocaleChangeInterceptor} it reads the query string
 * only, never the request's parameters: on an error page the form body may be the very thing
 * that could not be read.
 */
class LanguageSwitch implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        CallerLanguage.askedInQuery(request).ifPresent(language -> {
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            if (resolver != null) {
                resolver.setLocale(request, response, language);
            }
        });
        return true;
    }
}
