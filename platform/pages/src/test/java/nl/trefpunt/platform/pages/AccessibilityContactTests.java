package nl.trefpunt.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AccessibilityContactTests {

    @Test
    void configuredValueIsAnEmailAddressOrAWebAddress() {
        assertThat(AccessibilityContact.parse(" toegankelijkheid@trefpunt.nl "))
                .contains(new AccessibilityContact("toegankelijkheid@trefpunt.nl", null));
        assertThat(AccessibilityContact.parse("https://www.trefpunt.nl/toegankelijkheid"))
                .contains(new AccessibilityContact(null, "https://www.trefpunt.nl/toegankelijkheid"));
        assertThat(AccessibilityContact.parse("  ")).isEmpty();
        assertThat(AccessibilityContact.parse(null)).isEmpty();
    }

    @Test
    void refusesWhatALinkCannotBeMadeOf() {
        assertThatIllegalArgumentException().isThrownBy(() -> AccessibilityContact.parse("bel de balie"));
        assertThatIllegalArgumentException().isThrownBy(() -> new AccessibilityContact(null, "javascript:alert(1)"));
        assertThatIllegalArgumentException().isThrownBy(() -> new AccessibilityContact(null, null));
        assertThat(AccessibilityContact.of("", null)).isEmpty();
    }
}
