package nl.trefpunt.reservation.centre;

/**
 * The municipality's centres as core-service knows them. This service keeps only their ids; it
 * asks core-service whenever it writes a reference to one.
 */
public interface Centres {

    /**
     * Whether the centre exists in the current municipality (another municipality's centre does
     * not). Throws {@code DependencyUnavailable} when core-service cannot tell.
     */
    boolean exists(CentreId centre);
}
