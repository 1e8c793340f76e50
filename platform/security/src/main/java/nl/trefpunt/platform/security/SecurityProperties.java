package nl.trefpunt.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tenantFreePaths request paths served without a tenant (besides /internal, /actuator, the
 *     OpenAPI document and static assets), e.g. tenant-service's platform-wide tenant registry
 * @param publicPaths request paths of a tenant that anyone may read without signing in (GET and
 *     HEAD only), e.g. {@code /huisstijl.css}; a tenant, when the gateway's header names one, must
 *     exist; without the header the request is served without a tenant
 */
@ConfigurationProperties("trefpunt.security")
public record SecurityProperties(List<String> tenantFreePaths, List<String> publicPaths) {

    public SecurityProperties {
        tenantFreePaths = tenantFreePaths == null ? List.of() : List.copyOf(tenantFreePaths);
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
