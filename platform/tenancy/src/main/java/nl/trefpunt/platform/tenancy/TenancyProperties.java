package nl.trefpunt.platform.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tenantChangelog the Liquibase changelog applied to every tenant schema
 * @param platformSchema the schema holding this service's record of its tenants
 * @param migrationThreads how many tenant schemas are migrated at once at start-up
 */
@ConfigurationProperties("trefpunt.tenancy")
public record TenancyProperties(String tenantChangelog, String platformSchema, Integer migrationThreads) {

    public TenancyProperties {
        tenantChangelog = tenantChangelog == null ? "classpath:db/tenant/changelog.xml" : tenantChangelog;
        platformSchema = platformSchema == null ? "trefpunt_platform" : platformSchema;
        migrationThreads = migrationThreads == null ? 4 : migrationThreads;
    }
}
