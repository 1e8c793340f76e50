package nl.trefpunt.tenant.registry.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Creates the registry's schema as soon as the DataSource exists, before anything uses it:
 * Liquibase keeps the registry's changelog history in that schema but does not create schemas.
 */
@Component
class RegistrySchema implements BeanPostProcessor {

    static final String SCHEMA = "tenant_registry";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create schema if not exists " + SCHEMA);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create schema " + SCHEMA, e);
            }
        }
        return bean;
    }
}
