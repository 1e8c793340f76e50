package nl.trefpunt.tenant.registry.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The other Trefpunt services and where they answer.
 *
 * @param coreUrl core-service's base URL
 * @param reservationUrl reservation-service's base URL
 * @param provisioned every service that keeps a schema per tenant, by name, with its base URL:
 *     onboarding calls {@code PUT /internal/tenants/{tenant}} on each, in this order
 */
@ConfigurationProperties("trefpunt.services")
public record ServiceEndpoints(
        String coreUrl,
        String reservationUrl,
        Map<String, String> provisioned,
        Duration connectTimeout,
        Duration readTimeout) {

    public ServiceEndpoints {
        coreUrl = coreUrl == null ? "http://localhost:8082" : coreUrl;
        reservationUrl = reservationUrl == null ? "http://localhost:8083" : reservationUrl;
        if (provisioned == null || provisioned.isEmpty()) {
            provisioned = new LinkedHashMap<>();
            provisioned.put("core-service", coreUrl);
            provisioned.put("reservation-service", reservationUrl);
        }
        provisioned = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provisioned));
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        // A first provisioning migrates a whole schema; give it time.
        readTimeout = readTimeout == null ? Duration.ofSeconds(60) : readTimeout;
    }
}
