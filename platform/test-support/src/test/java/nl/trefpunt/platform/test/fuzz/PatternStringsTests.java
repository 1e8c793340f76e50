package nl.trefpunt.platform.test.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternStringsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", // tenant slug, centre type
                "[a-z0-9][a-z0-9._@-]{0,99}", // username
                "^[1-9][0-9]{3} ?(?![sS][aAdDsS])[a-zA-Z]{2}$", // postcode, with a look-ahead
                "^[1-9][0-9]{0,4}([ -]?[a-zA-Z0-9]{1,6})?$", // house number
                "^WK[0-9]{6}$",
                "^BU[0-9]{8}$",
                "[a-z][a-z0-9-]{0,62}",
                "^(?:GM|gm)\\d{4}$|^onbekend$"
            })
    void everyGeneratedStringMatchesThePattern(String pattern) {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200; i++) {
            String value = PatternStrings.matching(pattern, 0, 120, random).orElseThrow();
            assertThat(Pattern.compile(pattern).matcher(value).find())
                    .as(value + " matches " + pattern)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"^[a-z]{5}$"})
    void findsNothingRatherThanAStringOfTheWrongLength(String pattern) {
        assertThat(PatternStrings.matching(pattern, 6, 10, new SplittableRandom(1)))
                .isEmpty();
    }
}
