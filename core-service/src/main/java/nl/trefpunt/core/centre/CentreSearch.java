package nl.trefpunt.core.centre;

import java.util.Optional;

/**
 * Which centres a caller looks for; an empty criterion matches every centre.
 *
 * @param nameContains a part of the name, in any case
 * @param type the kind of centre
 */
public record CentreSearch(Optional<String> nameContains, Optional<CentreType> type) {

    public CentreSearch {
        nameContains = nameContains.map(String::strip).filter(text -> !text.isEmpty());
    }

    public static CentreSearch all() {
        return new CentreSearch(Optional.empty(), Optional.empty());
    }
}
