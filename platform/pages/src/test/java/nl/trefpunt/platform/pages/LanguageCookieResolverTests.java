package nl.trefpunt.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LanguageCookieResolverTests {

    private final LanguageCookieResolver resolver = new LanguageCookieResolver();

    @Test
    void dutchWithoutAChoiceWhateverTheBrowserPrefers() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en-US,en;q=0.9");

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("nl"));
    }

    @Test
    void choosingEnglishSetsALongLivedCookie() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();

        resolver.setLocale(request, response, Locale.forLanguageTag("en-GB"));

        Cookie cookie = response.getCookie(LanguageCookieResolver.COOKIE_NAME);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.getMaxAge()).isGreaterThan(30 * 24 * 3600);
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anotherLanguageIsNotAChoiceAndAForgedCookieIsIgnored() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(request, response, Locale.GERMAN);
        assertThat(resolver.resolveLocale(request)).isEqualTo(LanguageCookieResolver.DUTCH);

        MockHttpServletRequest forged = new MockHttpServletRequest();
        forged.setCookies(new Cookie(LanguageCookieResolver.COOKIE_NAME, "fr"));
        assertThat(resolver.resolveLocale(forged)).isEqualTo(LanguageCookieResolver.DUTCH);
    }
}
