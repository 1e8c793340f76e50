package nl.trefpunt.core.centre;

import java.util.Optional;
import nl.trefpunt.platform.paging.Paging;
import nl.trefpunt.platform.paging.ResultPage;

/**
 * The centres of the current municipality. Implementations read and write the tenant's own
 * schema only; an id from another municipality is simply not found.
 */
public interface Centres {

    void add(Centre centre);

    Optional<Centre> find(CentreId id);

    /** Matching centres ordered by name, one page at a time. */
    ResultPage<Centre> search(CentreSearch search, Paging paging);
}
