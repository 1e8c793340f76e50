package nl.trefpunt.gateway.tenant;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the gateway trusts tenant-service's answer about a tenant.
 *
 * @param cacheTtl how long a known tenant (and the list of all tenants) is remembered
 * @param unknownCacheTtl how long "no such tenant" is remembered; short, so a tenant that was just
 *     onboarded becomes reachable quickly
 * @param cacheSize how many slugs are remembered at most, so random paths cannot fill memory
 * @param timeout how long one question to tenant-service (token included) may take
 */
@ConfigurationProperties("trefpunt.tenants")
public record TenantDirectoryProperties(
        Duration cacheTtl, Duration unknownCacheTtl, Integer cacheSize, Duration timeout) {

    public TenantDirectoryProperties {
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(30) : cacheTtl;
        unknownCacheTtl = unknownCacheTtl == null ? Duration.ofSeconds(5) : unknownCacheTtl;
        cacheSize = cacheSize == null ? 10_000 : cacheSize;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
}
