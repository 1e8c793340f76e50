package nl.trefpunt.reservation.space;

import java.util.Optional;
import nl.trefpunt.platform.paging.Paging;
import nl.trefpunt.platform.paging.ResultPage;

/**
 * The spaces of the current municipality's centres. Implementations read and write the tenant's
 * own schema only; an id from another municipality is simply not found.
 */
public interface Spaces {

    /**
     * Stores a new space.
     *
     * @throws SpaceNameTaken when its centre already has a space of that name
     */
    void add(Space space);

    Optional<Space> find(SpaceId id);

    /** Matching spaces ordered by name, one page at a time. */
    ResultPage<Space> search(SpaceSearch search, Paging paging);
}
