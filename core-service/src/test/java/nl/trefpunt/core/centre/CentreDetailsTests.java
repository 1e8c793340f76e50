package nl.trefpunt.core.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CentreDetailsTests {

    @Test
    void readsAPostcodeAsPeopleWriteIt() {
        assertThat(Postcode.parse("6828cx").value()).isEqualTo("6828 CX");
        assertThat(Postcode.parse(" 6828 Cx ").value()).isEqualTo("6828 CX");
    }

    @Test
    void rejectsPostcodesPostNlNeverIssues() {
        assertThatThrownBy(() -> Postcode.parse("0123 AB")).isInstanceOf(InvalidCentre.class);
        assertThatThrownBy(() -> Postcode.parse("1234 SS")).isInstanceOf(InvalidCentre.class);
        assertThatThrownBy(() -> Postcode.parse("1234 sa")).isInstanceOf(InvalidCentre.class);
        assertThatThrownBy(() -> Postcode.parse("12345")).isInstanceOf(InvalidCentre.class);
        assertThat(Postcode.parse("1234 SB").value()).isEqualTo("1234 SB");
    }

    @Test
    void acceptsNeighbourhoodInsideItsDistrict() {
        CentreDetails details = details(Optional.of("WK020201"), Optional.of("BU02020101"));

        assertThat(details.neighbourhood()).contains(new NeighbourhoodCode("BU02020101"));
    }

    @Test
    void rejectsNeighbourhoodOutsideItsDistrict() {
        assertThatThrownBy(() -> details(Optional.of("WK020201"), Optional.of("BU02020301")))
                .isInstanceOfSatisfying(
                        InvalidCentre.class, e -> assertThat(e.field()).isEqualTo("neighbourhoodCode"));
    }

    @Test
    void rejectsCbsCodesOfTheWrongShape() {
        assertThatThrownBy(() -> new DistrictCode("GM0202")).isInstanceOf(InvalidCentre.class);
        assertThatThrownBy(() -> new NeighbourhoodCode("BU0202")).isInstanceOf(InvalidCentre.class);
    }

    @Test
    void centreTypeIsAnyLowercaseCodeNotAFixedList() {
        assertThat(new CentreType("wijk-en-dorpshuis").code()).isEqualTo("wijk-en-dorpshuis");
        assertThat(new CentreType("buurtkamer").code()).isEqualTo("buurtkamer");
        assertThatThrownBy(() -> new CentreType("Buurthuis")).isInstanceOf(InvalidCentre.class);
        assertThatThrownBy(() -> new CentreType("buurt huis")).isInstanceOf(InvalidCentre.class);
        assertThatThrownBy(() -> new CentreType("-mfc")).isInstanceOf(InvalidCentre.class);
    }

    @Test
    void nameIsTrimmedAndRequired() {
        assertThat(new CentreDetails(
                                "  De Lommerd ",
                                new CentreType("buurthuis"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                false)
                        .name())
                .isEqualTo("De Lommerd");
        assertThatThrownBy(() -> new CentreDetails(
                        "   ",
                        new CentreType("buurthuis"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        false))
                .isInstanceOfSatisfying(
                        InvalidCentre.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new CentreDetails(
                        "x".repeat(121),
                        new CentreType("buurthuis"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        false))
                .isInstanceOf(InvalidCentre.class);
    }

    @Test
    void registrationKeepsTheTimeAtMicrosecondsAsPostgresqlDoes() {
        Centre centre = Centre.register(
                details(Optional.empty(), Optional.empty()), Instant.parse("2026-03-01T09:15:30.123456789Z"));

        assertThat(centre.createdAt()).isEqualTo(Instant.parse("2026-03-01T09:15:30.123456Z"));
    }

    private static CentreDetails details(Optional<String> district, Optional<String> neighbourhood) {
        return new CentreDetails(
                "De Wasplaats",
                new CentreType("buurthuis"),
                Optional.of(new Address("Wasplaats", "1", Postcode.parse("6828 CX"), "Arnhem")),
                district.map(DistrictCode::new),
                neighbourhood.map(NeighbourhoodCode::new),
                true);
    }
}
