package nl.trefpunt.archfixture.centre;

import org.springframework.http.ResponseEntity;

/** Domain code that knows HTTP, which domainIsFreeOfWebAndPersistence must refuse. */
public class FixtureDomain {

    public ResponseEntity<String> leak() {
        return ResponseEntity.ok("leak");
    }
}
