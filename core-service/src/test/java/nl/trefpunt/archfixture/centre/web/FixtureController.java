package nl.trefpunt.archfixture.centre.web;

import nl.trefpunt.archfixture.centre.persistence.FixtureEntity;

/** Answers with an entity, which entitiesNeverCrossHttp must refuse. */
public class FixtureController {

    public FixtureEntity answer() {
        return new FixtureEntity();
    }
}
