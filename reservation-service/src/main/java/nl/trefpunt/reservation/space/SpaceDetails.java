package nl.trefpunt.reservation.space;

import java.util.Objects;
import java.util.OptionalInt;
import nl.trefpunt.reservation.centre.CentreId;

/**
 * What a centre says about one of its spaces.
 *
 * @param centre the centre the space is in
 * @param name how hirers know it, unique within the centre, for example "Grote zaal"
 * @param capacity how many people it holds
 * @param floorAreaSquareMetres its floor area, if known
 * @param wheelchairAccessible whether a wheelchair user can reach and use it
 */
public record SpaceDetails(
        CentreId centre, String name, int capacity, OptionalInt floorAreaSquareMetres, boolean wheelchairAccessible) {

    public static final int MAX_NAME = 120;
    public static final int MIN_CAPACITY = 1;
    /** Larger than any hall of a community centre; catches a typo of an extra zero. */
    public static final int MAX_CAPACITY = 2000;

    public static final int MIN_FLOOR_AREA = 1;
    public static final int MAX_FLOOR_AREA = 100_000;

    public SpaceDetails {
        if (centre == null) {
            throw new InvalidSpace("centreId", "is verplicht");
        }
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new InvalidSpace("name", "is verplicht");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidSpace("name", "mag hoogstens " + MAX_NAME + " tekens lang zijn");
        }
        if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
            throw new InvalidSpace("capacity", "moet tussen " + MIN_CAPACITY + " en " + MAX_CAPACITY + " liggen");
        }
        Objects.requireNonNull(floorAreaSquareMetres, "floorAreaSquareMetres");
        if (floorAreaSquareMetres.isPresent()
                && (floorAreaSquareMetres.getAsInt() < MIN_FLOOR_AREA
                        || floorAreaSquareMetres.getAsInt() > MAX_FLOOR_AREA)) {
            throw new InvalidSpace(
                    "floorAreaSquareMetres", "moet tussen " + MIN_FLOOR_AREA + " en " + MAX_FLOOR_AREA + " liggen");
        }
    }
}
