package nl.trefpunt.reservation.space;

import java.util.Objects;
import java.util.UUID;

/** Identifies a space within its municipality. */
public record SpaceId(UUID value) {

    public SpaceId {
        Objects.requireNonNull(value, "value");
    }

    public static SpaceId random() {
        return new SpaceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
