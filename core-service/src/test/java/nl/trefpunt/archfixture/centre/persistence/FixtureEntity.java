package nl.trefpunt.archfixture.centre.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** Breaks the house rules on purpose; outside nl.trefpunt.core so no service ever scans it. */
@Entity
public class FixtureEntity {

    @Id
    public UUID id;
}
