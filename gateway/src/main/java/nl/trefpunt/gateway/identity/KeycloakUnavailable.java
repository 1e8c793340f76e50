package nl.trefpunt.gateway.identity;

/** Keycloak did not answer the gateway in time, or could not be reached: 503, try again later. */
public class KeycloakUnavailable extends RuntimeException {

    public KeycloakUnavailable(Throwable cause) {
        super("Keycloak did not answer the gateway: " + cause, cause);
    }
}
