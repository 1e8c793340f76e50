package nl.trefpunt.core.centre;

import java.util.Objects;
import java.util.UUID;

/** Identifies a centre within its municipality. */
public record CentreId(UUID value) {

    public CentreId {
        Objects.requireNonNull(value, "value");
    }

    public static CentreId random() {
        return new CentreId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
