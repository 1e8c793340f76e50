package nl.trefpunt.tenant.registry;

import nl.trefpunt.tenant.registry.stubs.KeycloakStub;
import nl.trefpunt.tenant.registry.stubs.ServiceStub;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Points tenant-service at real HTTP stand-ins for its neighbours: Keycloak (token endpoint and admin
 * API) and the two other services' internal provisioning endpoint. One set per test JVM; tests use
 * tenants of their own so they do not meet each other.
 */
abstract class WithStubbedNeighbours {

    static final KeycloakStub KEYCLOAK = new KeycloakStub();
    static final ServiceStub CORE = new ServiceStub(KEYCLOAK::issuedToken);
    static final ServiceStub RESERVATION = new ServiceStub(KEYCLOAK::issuedToken);

    @DynamicPropertySource
    static void neighbours(DynamicPropertyRegistry properties) {
        properties.add("trefpunt.keycloak.url", KEYCLOAK::url);
        properties.add("trefpunt.services.core-url", CORE::url);
        properties.add("trefpunt.services.reservation-url", RESERVATION::url);
    }
}
