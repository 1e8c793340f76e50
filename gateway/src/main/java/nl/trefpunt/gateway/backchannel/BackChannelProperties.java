package nl.trefpunt.gateway.backchannel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the gateway waits for Keycloak and tenant-service when it asks them itself (code
 * exchange, token refresh, keys, user info, service token, tenant lookups).
 *
 * @param connectTimeout for the TCP connection
 * @param responseTimeout from sending the request until the response headers have arrived
 */
@ConfigurationProperties("trefpunt.back-channel")
public record BackChannelProperties(Duration connectTimeout, Duration responseTimeout) {

    public BackChannelProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(5) : responseTimeout;
    }
}
