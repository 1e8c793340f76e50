package nl.trefpunt.reservation.centre;

import java.util.Objects;
import java.util.UUID;

/**
 * The centre a space belongs to, by core-service's id. core-service owns centres; this service
 * keeps only the reference (services share contracts, never entities).
 */
public record CentreId(UUID value) {

    public CentreId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
