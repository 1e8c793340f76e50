package nl.trefpunt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class AcceptableTextTests {

    @Test
    void takesTextInAnyScriptWithTabsNewlinesAndEmoji() {
        for (String text : List.of("", "De Wasplaats", "Koffie ☕\tthee\r\n", "دار الحي", "👩🏽‍🍳 Ω ü ß", "\uFFFD")) {
            assertThat(AcceptableText.firstUnacceptable(text)).as(text).isEqualTo(-1);
        }
    }

    @Test
    void refusesNulControlCharactersUnpairedSurrogatesAndNoncharacters() {
        assertThat(AcceptableText.firstUnacceptable("ab\u0000c")).isEqualTo(2);
        assertThat(AcceptableText.firstUnacceptable("\u0007")).isZero();
        assertThat(AcceptableText.firstUnacceptable("\u001b[31m")).isZero();
        assertThat(AcceptableText.firstUnacceptable("x\u007f")).isEqualTo(1);
        assertThat(AcceptableText.firstUnacceptable("x\u0085")).isEqualTo(1);
        assertThat(AcceptableText.firstUnacceptable("half \ud800 teken")).isEqualTo(5);
        assertThat(AcceptableText.firstUnacceptable("\udc00")).isZero();
        assertThat(AcceptableText.firstUnacceptable("end\ud83d")).isEqualTo(3);
        assertThat(AcceptableText.firstUnacceptable("\uffff")).isZero();
    }

    @Test
    void aContentTypeMustNameOneTypeInAKnownCharset() {
        assertThat(RequestTextFilter.readableContentType(null)).isTrue();
        assertThat(RequestTextFilter.readableContentType("application/json")).isTrue();
        assertThat(RequestTextFilter.readableContentType("application/json; charset=UTF-8"))
                .isTrue();
        assertThat(RequestTextFilter.readableContentType("multipart/form-data; boundary=x"))
                .isTrue();
        assertThat(RequestTextFilter.readableContentType("application/*")).isFalse();
        assertThat(RequestTextFilter.readableContentType("*/*")).isFalse();
        assertThat(RequestTextFilter.readableContentType("json")).isFalse();
        assertThat(RequestTextFilter.readableContentType("application/json; charset=nonsense"))
                .isFalse();
        assertThat(RequestTextFilter.readableContentType("multipart/form-data")).isFalse();
    }

    @Test
    void callerLanguageIsDutchUnlessEnglishIsAskedForByQueryCookieOrHeader() {
        MockHttpServletRequest plain = new MockHttpServletRequest();
        assertThat(CallerLanguage.of(plain)).isEqualTo(CallerLanguage.DUTCH);

        MockHttpServletRequest german = new MockHttpServletRequest();
        german.addHeader("Accept-Language", "de-DE,de;q=0.9");
        assertThat(CallerLanguage.of(german)).isEqualTo(CallerLanguage.DUTCH);

        MockHttpServletRequest header = new MockHttpServletRequest();
        header.addHeader("Accept-Language", "fr, en-GB;q=0.8");
        assertThat(CallerLanguage.of(header)).isEqualTo(Locale.ENGLISH);

        MockHttpServletRequest cookie = new MockHttpServletRequest();
        cookie.setCookies(new jakarta.servlet.http.Cookie(CallerLanguage.COOKIE, "en"));
        cookie.addHeader("Accept-Language", "nl");
        assertThat(CallerLanguage.of(cookie)).isEqualTo(Locale.ENGLISH);

        MockHttpServletRequest query = new MockHttpServletRequest();
        query.setQueryString("page=2&lang=nl");
        query.setCookies(new jakarta.servlet.http.Cookie(CallerLanguage.COOKIE, "en"));
        assertThat(CallerLanguage.of(query)).isEqualTo(CallerLanguage.DUTCH);
    }
}
