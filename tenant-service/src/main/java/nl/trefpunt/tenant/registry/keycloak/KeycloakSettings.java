package nl.trefpunt.tenant.registry.keycloak;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tenant-service finds Keycloak's admin API. It signs in with the {@code trefpunt-services}
 * client (client credentials) from {@code spring.security.oauth2.client.registration}, whose service
 * account has the realm-management roles to create organizations and users.
 *
 * @param url Keycloak's base URL, without {@code /realms/...}
 * @param realm the Trefpunt realm
 * @param registrationId the OAuth2 client registration whose client id and secret are used
 */
@ConfigurationProperties("trefpunt.keycloak")
public record KeycloakSettings(
        String url, String realm, String registrationId, Duration connectTimeout, Duration readTimeout) {

    public KeycloakSettings {
        url = url == null ? "http://localhost:8180" : url.replaceAll("/+$", "");
        realm = realm == null ? "trefpunt" : realm;
        registrationId = registrationId == null ? "trefpunt-services" : registrationId;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    }
}
