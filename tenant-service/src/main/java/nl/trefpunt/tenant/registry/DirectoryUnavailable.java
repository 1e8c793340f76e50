package nl.trefpunt.tenant.registry;

/** The identity provider (Keycloak) could not be reached or refused the service account. */
public class DirectoryUnavailable extends RuntimeException {

    public DirectoryUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
