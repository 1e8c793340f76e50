package nl.trefpunt.reservation.space;

import java.time.Clock;
import java.util.Optional;
import nl.trefpunt.platform.paging.Paging;
import nl.trefpunt.platform.paging.ResultPage;
import nl.trefpunt.reservation.centre.Centres;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
    private final Centres centres;
    private final Clock clock;

    public SpaceCatalogue(Spaces spaces, Centres centres, Clock clock) {
        this.spaces = spaces;
        this.centres = centres;
        this.clock = clock;
    }

    /**
     * Adds a space to a centre of this municipality. The centre is core-service's, asked before
     * anything is stored; which centres a manager serves is not checked yet — see the README.
     *
     * @throws InvalidSpace when the centre does not exist in this municipality
     * @throws SpaceNameTaken when the centre already has a space of that name
     */
    @MayAddSpaces
    // No transaction around the question to core-service: a slow answer must not hold a database
    // connection. The insert is one statement in a transaction of its own (Spaces.add).
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Space add(SpaceDetails details) {
        if (!centres.exists(details.centre())) {
            throw new InvalidSpace("centreId", "bestaat niet in deze gemeente");
        }
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
