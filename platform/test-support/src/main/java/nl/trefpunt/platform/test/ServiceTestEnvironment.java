package nl.trefpunt.platform.test;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service under test at a fresh database on the JVM's real PostgreSQL and makes it trust
 * {@link TestTokens}. Runs once per Spring test context, so contexts never share schemas.
 */
public class ServiceTestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connect database = TestDatabase.freshDatabase();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "trefpunt-test-environment",
                        Map.of(
                                "spring.datasource.url", database.jdbcUrl(),
                                "spring.datasource.username", database.username(),
                                "spring.datasource.password", database.password(),
                                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.issuer(),
                                // Where a service gets its own token for calls to other services.
                                "trefpunt.keycloak.token-uri", TestTokens.tokenUri())));
    }
}
