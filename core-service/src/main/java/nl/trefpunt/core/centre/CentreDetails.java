package nl.trefpunt.core.centre;

import java.util.Objects;
import java.util.Optional;

/**
 * What a municipality says about a centre when it registers one.
 *
 * @param name how the centre is known, for example "De Wasplaats"
 * @param type its kind, as the municipality names kinds
 * @param address where its building is; empty for a centre without a building yet (Oss's De
 *     Binnenstad awaits a new build, Hilversum plans "huiskamers" in neighbourhoods without one)
 * @param district the CBS district it serves, if known
 * @param neighbourhood the CBS neighbourhood it serves, if known; lies in the district when both
 *     are given
 * @param rentsOutRooms whether it has rooms to rent out to hirers
 */
public record CentreDetails(
        String name,
        CentreType type,
        Optional<Address> address,
        Optional<DistrictCode> district,
        Optional<NeighbourhoodCode> neighbourhood,
        boolean rentsOutRooms) {

    public static final int MAX_NAME = 120;

    public CentreDetails {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new InvalidCentre("name", "is verplicht");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidCentre("name", "mag hoogstens " + MAX_NAME + " tekens lang zijn");
        }
        if (type == null) {
            throw new InvalidCentre("type", "is verplicht");
        }
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(neighbourhood, "neighbourhood");
        if (district.isPresent()
                && neighbourhood.isPresent()
                && !neighbourhood.get().liesIn(district.get())) {
            throw new InvalidCentre("neighbourhoodCode", "ligt niet in wijk " + district.get());
        }
    }
}
