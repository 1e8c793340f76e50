package nl.trefpunt.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** The loop must accept and refuse exactly what Spring Security's own header rules do. */
class HeaderFirewallTests {

    private static final List<String> SAMPLES = Arrays.asList(
            null,
            "",
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbm5hIn0.c2lnbmF0dXJl",
            "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
            "Gemeente 's-Hertogenbosch, café \"De Wasplaats\"",
            "emoji 😀 and ñ",
            "tab\there",
            "line\nfeed",
            "carriage\rreturn",
            "nul\u0000byte",
            "delete\u007f",
            "c1 control\u0085",
            "unassigned\u0378",
            "unassigned supplementary \uD83F\uDFFE",
            "lone surrogate \uD800",
            "private use \uE000");

    @Test
    void headerValuesAsSpringSecurityJudgesThem() {
        judgeAlike(HeaderFirewall.ALLOWED_VALUES, StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES);
    }

    @Test
    void headerNamesAsSpringSecurityJudgesThem() {
        judgeAlike(HeaderFirewall.ALLOWED_NAMES, StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES);
    }

    @Test
    void refusesControlCharactersButAllowsTabInValues() {
        assertThat(HeaderFirewall.ALLOWED_VALUES.test("a\tb")).isTrue();
        assertThat(HeaderFirewall.ALLOWED_NAMES.test("a\tb")).isFalse();
        assertThat(HeaderFirewall.ALLOWED_VALUES.test("a\u0000b")).isFalse();
    }

    private static void judgeAlike(Predicate<String> ours, Predicate<String> springSecuritys) {
        for (String text : SAMPLES) {
            assertThat(ours.test(text)).as("%s", codePoints(text)).isEqualTo(springSecuritys.test(text));
        }
    }

    private static Object codePoints(String text) {
        return text == null
                ? null
                : text.codePoints().mapToObj(Integer::toHexString).toList();
    }
}
