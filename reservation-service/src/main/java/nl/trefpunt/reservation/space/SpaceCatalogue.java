package nl.trefpunt.reservation.space;

import java.time.Clock;
import java.util.Optional;
import nl.trefpunt.platform.paging.Paging;
import nl.trefpunt.platform.paging.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spaces the municipality's centres offer for hire: the use cases the API (and, later, the
 * pages) offer. Reading is open to every member of the municipality; the tenant filter has
 * already checked membership before any of this runs.
 */
@Service
@Transactional(readOnly = true)
public class SpaceCatalogue {

    private final Spaces spaces;
    private final Clock clock;

    public SpaceCatalogue(Spaces spaces, Clock clock) {
        this.spaces = spaces;
        this.clock = clock;
    }

    /**
     * Adds a space to a centre. The centre is core-service's; it is not looked up here (yet),
     * so which centres a manager serves is not checked either — see the README.
     *
     * @throws SpaceNameTaken when the centre already has a space of that name
     */
    @MayAddSpaces
    @Transactional
    public Space add(SpaceDetails details) {
        Space space = Space.add(details, clock.instant());
        spaces.add(space);
        return space;
    }

    public Optional<Space> find(SpaceId id) {
        return spaces.find(id);
    }

    public ResultPage<Space> search(SpaceSearch search, Paging paging) {
        return spaces.search(search, paging);
    }
}
