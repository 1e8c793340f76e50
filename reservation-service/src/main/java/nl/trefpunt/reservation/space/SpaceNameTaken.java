package nl.trefpunt.reservation.space;

import nl.trefpunt.reservation.centre.CentreId;

/** The centre already has a space of that name (in any case): hirers could not tell them apart. */
public class SpaceNameTaken extends RuntimeException {

    private final CentreId centre;
    private final String name;

    public SpaceNameTaken(CentreId centre, String name, Throwable cause) {
        super("Centre " + centre + " already has a space named '" + name + "'", cause);
        this.centre = centre;
        this.name = name;
    }

    public CentreId centre() {
        return centre;
    }

    public String name() {
        return name;
    }
}
