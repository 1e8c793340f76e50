package nl.trefpunt.core.centre;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A community centre (buurthuis, wijkcentrum, dorpshuis, MFC, ...) of one municipality. The
 * aggregate root of the centre feature: later issues hang its board, manager, programme and
 * funding off it.
 */
public final class Centre {

    private final CentreId id;
    private final CentreDetails details;
    private final Instant createdAt;

    private Centre(CentreId id, CentreDetails details, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A centre the municipality registers now. */
    public static Centre register(CentreDetails details, Instant now) {
        // PostgreSQL keeps microseconds; dropping the rest here makes the answer to the
        // registration equal to every later read.
        return new Centre(CentreId.random(), details, now.truncatedTo(ChronoUnit.MICROS));
    }

    /** A centre as it was stored; its details pass the same rules again. */
    public static Centre restore(CentreId id, CentreDetails details, Instant createdAt) {
        return new Centre(id, details, createdAt);
    }

    public CentreId id() {
        return id;
    }

    public String name() {
        return details.name();
    }

    public CentreType type() {
        return details.type();
    }

    public Optional<Address> address() {
        return details.address();
    }

    public Optional<DistrictCode> district() {
        return details.district();
    }

    public Optional<NeighbourhoodCode> neighbourhood() {
        return details.neighbourhood();
    }

    public boolean rentsOutRooms() {
        return details.rentsOutRooms();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public CentreDetails details() {
        return details;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Centre centre && centre.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Centre[" + id + ", " + details.name() + "]";
    }
}
