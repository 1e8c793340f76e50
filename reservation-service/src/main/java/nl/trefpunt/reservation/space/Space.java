package nl.trefpunt.reservation.space;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalInt;
import nl.trefpunt.reservation.centre.CentreId;

/**
 * A space (ruimte, zaal) of a centre that hirers can book. The aggregate root of the space
 * feature: later issues add its availability, rates and bookings.
 */
public final class Space {

    private final SpaceId id;
    private final SpaceDetails details;
    private final Instant createdAt;

    private Space(SpaceId id, SpaceDetails details, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A space a centre adds now. */
    public static Space add(SpaceDetails details, Instant now) {
        // PostgreSQL keeps microseconds; dropping the rest here makes the answer to the
        // creation equal to every later read.
        return new Space(SpaceId.random(), details, now.truncatedTo(ChronoUnit.MICROS));
    }

    /** A space as it was stored; its details pass the same rules again. */
    public static Space restore(SpaceId id, SpaceDetails details, Instant createdAt) {
        return new Space(id, details, createdAt);
    }

    public SpaceId id() {
        return id;
    }

    public CentreId centre() {
        return details.centre();
    }

    public String name() {
        return details.name();
    }

    public int capacity() {
        return details.capacity();
    }

    public OptionalInt floorAreaSquareMetres() {
        return details.floorAreaSquareMetres();
    }

    public boolean wheelchairAccessible() {
        return details.wheelchairAccessible();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public SpaceDetails details() {
        return details;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Space space && space.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Space[" + id + ", " + details.name() + "]";
    }
}
