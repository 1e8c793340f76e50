package nl.trefpunt.gateway.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Keycloak realm the gateway trusts and the two clients it is.
 *
 * @param url where browsers reach Keycloak; the realm's issuer is {@code {url}/realms/{realm}}
 * @param backchannelUrl where the gateway itself reaches Keycloak (tokens, keys, user info), when
 *     that differs from {@link #url} (inside a cluster); defaults to {@link #url}
 * @param realm the realm, {@code trefpunt}
 * @param issuer the issuer tokens must carry; defaults to {@code {url}/realms/{realm}}
 * @param jwkSetUri the keys access tokens are verified with; defaults to the realm's
 *     ({@code {backchannelUrl}/realms/{realm}/protocol/openid-connect/certs})
 * @param gateway the confidential browser-login client ({@code trefpunt-gateway})
 * @param services the service account the gateway asks tenant-service with ({@code trefpunt-services})
 */
@ConfigurationProperties("trefpunt.keycloak")
public record KeycloakProperties(
        String url,
        String backchannelUrl,
        String realm,
        String issuer,
        String jwkSetUri,
        Client gateway,
        Client services) {

    public KeycloakProperties {
        url = blank(url) ? "http://localhost:8180" : stripSlash(url);
        backchannelUrl = blank(backchannelUrl) ? url : stripSlash(backchannelUrl);
        realm = blank(realm) ? "trefpunt" : realm;
        issuer = blank(issuer) ? url + "/realms/" + realm : issuer;
        jwkSetUri =
                blank(jwkSetUri) ? backchannelUrl + "/realms/" + realm + "/protocol/openid-connect/certs" : jwkSetUri;
        gateway = gateway == null ? new Client(null, null) : gateway;
        services = services == null ? new Client(null, null) : services;
        gateway = new Client(
                blank(gateway.clientId()) ? "trefpunt-gateway" : gateway.clientId(),
                blank(gateway.clientSecret()) ? "trefpunt-gateway-dev-secret" : gateway.clientSecret());
        services = new Client(
                blank(services.clientId()) ? "trefpunt-services" : services.clientId(),
                blank(services.clientSecret()) ? "trefpunt-services-dev-secret" : services.clientSecret());
    }

    /** The realm's OpenID Connect endpoints as browsers reach them. */
    public String browserEndpoint(String name) {
        return url + "/realms/" + realm + "/protocol/openid-connect/" + name;
    }

    /** The realm's OpenID Connect endpoints as the gateway reaches them. */
    public String backchannelEndpoint(String name) {
        return backchannelUrl + "/realms/" + realm + "/protocol/openid-connect/" + name;
    }

    public record Client(String clientId, String clientSecret) {}

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String stripSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
