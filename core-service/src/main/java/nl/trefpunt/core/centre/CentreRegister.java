package nl.trefpunt.core.centre;

import java.time.Clock;
import java.util.Optional;
import nl.trefpunt.platform.paging.Paging;
import nl.trefpunt.platform.paging.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's register of centres: the use cases the API (and, later, the pages) offer.
 * Reading is open to every member of the municipality; the tenant filter has already checked
 * membership before any of this runs.
 */
@Service
@Transactional(readOnly = true)
public class CentreRegister {

    private final Centres centres;
    private final Clock clock;

    public CentreRegister(Centres centres, Clock clock) {
        this.centres = centres;
        this.clock = clock;
    }

    @MayRegisterCentres
    @Transactional
    public Centre register(CentreDetails details) {
        Centre centre = Centre.register(details, clock.instant());
        centres.add(centre);
        return centre;
    }

    public Optional<Centre> find(CentreId id) {
        return centres.find(id);
    }

    public ResultPage<Centre> search(CentreSearch search, Paging paging) {
        return centres.search(search, paging);
    }
}
