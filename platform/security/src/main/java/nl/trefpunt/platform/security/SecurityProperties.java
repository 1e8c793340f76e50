package nl.trefpunt.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tenantFreePaths request paths served without a tenant (besides /internal, /actuator, the
 *     OpenAPI document and static assets), e.g. tenant-service's platform-wide tenant registry
 */
@ConfigurationProperties("trefpunt.security")
public record SecurityProperties(List<String> tenantFreePaths) {

    public SecurityProperties {
        tenantFreePaths = tenantFreePaths == null ? List.of() : List.copyOf(tenantFreePaths);
    }
}
