package nl.trefpunt.reservation.space;

import java.util.Optional;
import java.util.OptionalInt;
import nl.trefpunt.reservation.centre.CentreId;

/**
 * Which spaces a caller looks for; an empty criterion matches every space.
 *
 * @param centre spaces of this centre only
 * @param minCapacity spaces that hold at least this many people
 */
public record SpaceSearch(Optional<CentreId> centre, OptionalInt minCapacity) {

    public static SpaceSearch all() {
        return new SpaceSearch(Optional.empty(), OptionalInt.empty());
    }
}
