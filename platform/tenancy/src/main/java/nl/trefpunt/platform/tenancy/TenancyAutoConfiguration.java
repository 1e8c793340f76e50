package nl.trefpunt.platform.tenancy;

import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Schema-per-tenant for a service: Hibernate wiring, per-tenant Liquibase, provisioning endpoint. */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = HibernateJpaAutoConfiguration.class)
@EnableConfigurationProperties(TenancyProperties.class)
@Import({TenantProvisioningController.class, TenancyProblems.class})
public class TenancyAutoConfiguration {

    @Bean
    ProvisionedTenants provisionedTenants(DataSource dataSource, TenancyProperties properties) {
        return new ProvisionedTenants(JdbcClient.create(dataSource), properties.platformSchema());
    }

    @Bean
    TenantSchemaMigrations tenantSchemaMigrations(
            DataSource dataSource,
            ResourceLoader resourceLoader,
            ProvisionedTenants tenants,
            TenancyProperties properties) {
        return new TenantSchemaMigrations(dataSource, resourceLoader, tenants, properties);
    }

    /** Runs during context refresh, so the service accepts no request before its schemas are ready. */
    @Bean
    InitializingBean tenantSchemasAtStartup(TenantSchemaMigrations migrations) {
        return migrations::migrateAtStartup;
    }

    @Bean
    HibernatePropertiesCustomizer tenantSchemaPerTenant() {
        TenantSchemaPerTenant tenancy = new TenantSchemaPerTenant();
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, tenancy);
            properties.put(MultiTenancySettings.MULTI_TENANT_SCHEMA_MAPPER, tenancy);
        };
    }

    @Bean
    TenantPropagatingTaskDecorator tenantPropagatingTaskDecorator() {
        return new TenantPropagatingTaskDecorator();
    }
}
