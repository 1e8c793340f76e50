package nl.trefpunt.gateway.identity;

/** The gateway's own login and logout addresses, as pages link to them. */
public final class GatewayPaths {

    /** Starts a Keycloak login (Spring Security's authorization request for registration {@code keycloak}). */
    public static final String LOGIN = "/oauth2/authorization/" + KeycloakClients.LOGIN_REGISTRATION_ID;

    /** POST here to log out of the gateway and of Keycloak. */
    public static final String LOGOUT = "/logout";

    private GatewayPaths() {}
}
