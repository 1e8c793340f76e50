package nl.trefpunt.gateway.identity;

/** The browser session no longer holds a usable access token (refresh failed); log in again. */
public class SessionExpired extends RuntimeException {

    public SessionExpired(Throwable cause) {
        super("The session's access token could not be renewed", cause, false, false);
    }
}
