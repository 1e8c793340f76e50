package nl.trefpunt.reservation.centre.client;

import nl.trefpunt.platform.security.CrossServiceReferences;
import nl.trefpunt.reservation.centre.CentreId;
import nl.trefpunt.reservation.centre.Centres;
import org.springframework.stereotype.Component;

/** Asks core-service ({@code GET /api/v1/centres/{id}}) with this service's own token. */
@Component
class CoreServiceCentres implements Centres {

    static final String CORE_SERVICE = "core-service";

    private final CrossServiceReferences references;

    CoreServiceCentres(CrossServiceReferences references) {
        this.references = references;
    }

    @Override
    public boolean exists(CentreId centre) {
        return references.exists(CORE_SERVICE, "/api/v1/centres/{id}", centre.value());
    }
}
