package nl.trefpunt.reservation.space.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;
import nl.trefpunt.reservation.centre.CentreId;
import nl.trefpunt.reservation.space.Space;
import nl.trefpunt.reservation.space.SpaceDetails;
import nl.trefpunt.reservation.space.SpaceId;

/** A row of the tenant schema's {@code space} table; never leaves this package. */
@Entity
@Table(name = "space")
class SpaceEntity {

    @Id
    private UUID id;

    @Column(name = "centre_id")
    private UUID centreId;

    private String name;
    private int capacity;

    @Column(name = "floor_area_m2")
    private Integer floorAreaSquareMetres;

    @Column(name = "wheelchair_accessible")
    private boolean wheelchairAccessible;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Null until stored, which is how Spring Data tells a new space from a known one. */
    @Version
    private Long version;

    protected SpaceEntity() {}

    static SpaceEntity of(Space space) {
        SpaceEntity row = new SpaceEntity();
        row.id = space.id().value();
        row.centreId = space.centre().value();
        row.name = space.name();
        row.capacity = space.capacity();
        OptionalInt area = space.floorAreaSquareMetres();
        row.floorAreaSquareMetres = area.isPresent() ? area.getAsInt() : null;
        row.wheelchairAccessible = space.wheelchairAccessible();
        row.createdAt = space.createdAt();
        return row;
    }

    Space toSpace() {
        return Space.restore(
                new SpaceId(id),
                new SpaceDetails(
                        new CentreId(centreId),
                        name,
                        capacity,
                        floorAreaSquareMetres == null ? OptionalInt.empty() : OptionalInt.of(floorAreaSquareMetres),
                        wheelchairAccessible),
                createdAt);
    }
}
