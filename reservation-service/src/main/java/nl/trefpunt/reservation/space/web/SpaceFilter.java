package nl.trefpunt.reservation.space.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import nl.trefpunt.reservation.centre.CentreId;
import nl.trefpunt.reservation.space.SpaceDetails;
import nl.trefpunt.reservation.space.SpaceSearch;

/**
 * The filter on {@code /ruimtes}, as the browser sends it in the query string. Mutable because
 * Spring binds the parameters onto it; a value that is no UUID or number becomes a field error
 * ({@code typeMismatch.*} in the messages), shown with the shell's error summary.
 */
public class SpaceFilter {

    // In the order of the form, which the error summary follows.
    @Min(value = SpaceDetails.MIN_CAPACITY, message = "{space.filter.minCapacity.range}")
    @Max(value = SpaceDetails.MAX_CAPACITY, message = "{space.filter.minCapacity.range}")
    private Integer minCapacity;

    private UUID centreId;

    SpaceSearch toSearch() {
        return new SpaceSearch(
                Optional.ofNullable(centreId).map(CentreId::new),
                minCapacity == null ? OptionalInt.empty() : OptionalInt.of(minCapacity));
    }

    public UUID getCentreId() {
        return centreId;
    }

    public void setCentreId(UUID centreId) {
        this.centreId = centreId;
    }

    public Integer getMinCapacity() {
        return minCapacity;
    }

    public void setMinCapacity(Integer minCapacity) {
        this.minCapacity = minCapacity;
    }
}
