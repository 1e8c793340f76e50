package nl.trefpunt.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The small decisions behind the gateway's own answers: language tags, query counts, API paths, language links. */
class RequestWordingTests {

    @Test
    void knowsOnlyDutchAndEnglish() {
        assertThat(CallerLanguage.supported("en")).isEqualTo(Locale.ENGLISH);
        assertThat(CallerLanguage.supported("en-GB")).isEqualTo(Locale.ENGLISH);
        assertThat(CallerLanguage.supported("NL")).isEqualTo(CallerLanguage.DUTCH);
        assertThat(CallerLanguage.supported("nl_BE")).isEqualTo(CallerLanguage.DUTCH);
        assertThat(CallerLanguage.supported("de")).isNull();
        assertThat(CallerLanguage.supported("enx")).isNull();
        assertThat(CallerLanguage.supported("")).isNull();
        assertThat(CallerLanguage.supported(null)).isNull();
    }

    @Test
    void countsQueryParametersWithoutParsing() {
        assertThat(QueryLimits.parameters("")).isZero();
        assertThat(QueryLimits.parameters("a=1")).isEqualTo(1);
        assertThat(QueryLimits.parameters("a=1&b=2&c")).isEqualTo(3);
        assertThat(QueryLimits.parameters("a=1&&&b=2&")).isEqualTo(2);
        assertThat(QueryLimits.parameters("&".repeat(500))).isZero();
    }

    @Test
    void recognisesApiPathsOnTheRawUri() {
        assertThat(UnreadableRequests.Answers.isApiPath("/api/v1/tenants")).isTrue();
        assertThat(UnreadableRequests.Answers.isApiPath("/arnhem/api/v1/centres?x=1"))
                .isTrue();
        assertThat(UnreadableRequests.Answers.isApiPath("/arnhem/centra")).isFalse();
        assertThat(UnreadableRequests.Answers.isApiPath("/arnhem/centra/api/x")).isFalse();
        assertThat(UnreadableRequests.Answers.isApiPath("/")).isFalse();
    }

    @Test
    void linksThePageInAnotherLanguageKeepingTheRestOfTheQuery() {
        assertThat(PageShell.sameUriIn("/", null, "en")).isEqualTo("/?lang=en");
        assertThat(PageShell.sameUriIn("/oss/centra", "lang=en&q=a%20b", "nl"))
                .isEqualTo("/oss/centra?q=a%20b&lang=nl");
        assertThat(PageShell.sameUriIn("/", "lang&language=x", "en")).isEqualTo("/?language=x&lang=en");
        // A refused path must not turn the language link into a link to another site.
        assertThat(PageShell.sameUriIn("//elders.example/x", null, "en")).isEqualTo("/?lang=en");
        assertThat(PageShell.sameUriIn("/\\elders.example", null, "nl")).isEqualTo("/?lang=nl");
    }
}
