package nl.trefpunt.reservation.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;
import nl.trefpunt.reservation.centre.CentreId;
import org.junit.jupiter.api.Test;

class SpaceDetailsTests {

    static final CentreId WASPLAATS = new CentreId(UUID.fromString("6f1c2a9e-7c1d-4d55-9a51-0d3c8e1f2a10"));

    @Test
    void capacityLiesBetweenOneAndTwoThousand() {
        assertThat(details("Zaal", 1).capacity()).isEqualTo(1);
        assertThat(details("Zaal", 2000).capacity()).isEqualTo(2000);
        assertThatThrownBy(() -> details("Zaal", 0))
                .isInstanceOfSatisfying(
                        InvalidSpace.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        assertThatThrownBy(() -> details("Zaal", 2001)).isInstanceOf(InvalidSpace.class);
    }

    @Test
    void nameIsTrimmedRequiredAndAtMost120Characters() {
        assertThat(details("  Grote zaal ", 80).name()).isEqualTo("Grote zaal");
        assertThatThrownBy(() -> details(" ", 80))
                .isInstanceOfSatisfying(
                        InvalidSpace.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(details("x".repeat(120), 80).name()).hasSize(120);
        assertThatThrownBy(() -> details("x".repeat(121), 80)).isInstanceOf(InvalidSpace.class);
    }

    @Test
    void floorAreaIsOptionalButPositive() {
        assertThat(details("Zaal", 10).floorAreaSquareMetres()).isEmpty();
        assertThatThrownBy(() -> new SpaceDetails(WASPLAATS, "Zaal", 10, OptionalInt.of(0), false))
                .isInstanceOfSatisfying(
                        InvalidSpace.class, e -> assertThat(e.field()).isEqualTo("floorAreaSquareMetres"));
    }

    @Test
    void aSpaceBelongsToACentre() {
        assertThatThrownBy(() -> new SpaceDetails(null, "Zaal", 10, OptionalInt.empty(), false))
                .isInstanceOfSatisfying(
                        InvalidSpace.class, e -> assertThat(e.field()).isEqualTo("centreId"));
    }

    @Test
    void addingKeepsTheTimeAtMicrosecondsAsPostgresqlDoes() {
        Space space = Space.add(details("Zaal", 10), Instant.parse("2026-03-01T09:15:30.123456789Z"));

        assertThat(space.createdAt()).isEqualTo(Instant.parse("2026-03-01T09:15:30.123456Z"));
    }

    private static SpaceDetails details(String name, int capacity) {
        return new SpaceDetails(WASPLAATS, name, capacity, OptionalInt.empty(), false);
    }
}
