package nl.trefpunt.platform.tenancy;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every schema-per-tenant service needs; a service may override them. Sessions are
 * opened per transaction, never for a whole web request (the tenant is bound per request in a
 * filter), and Liquibase, not Hibernate, owns the schemas.
 */
class TenancyDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "trefpunt-tenancy-defaults",
                        Map.of(
                                "spring.jpa.open-in-view", "false",
                                "spring.jpa.hibernate.ddl-auto", "none")));
    }
}
