package nl.trefpunt.platform.security;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the other Trefpunt services are and how long to wait for them.
 *
 * @param services base URL per service name, e.g. {@code core-service: http://localhost:8082}
 * @param connectTimeout how long to wait for a connection (2 s unless set)
 * @param readTimeout how long to wait for an answer (3 s unless set)
 */
@ConfigurationProperties("trefpunt.service-calls")
public record ServiceCallProperties(Map<String, URI> services, Duration connectTimeout, Duration readTimeout) {

    public ServiceCallProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(3) : readTimeout;
    }
}
