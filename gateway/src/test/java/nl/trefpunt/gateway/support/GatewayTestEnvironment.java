package nl.trefpunt.gateway.support;

import java.util.Map;
import nl.trefpunt.platform.test.TestTokens;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the gateway under test at the stub services and stub Keycloak, and makes it trust
 * {@link TestTokens}' key and issuer for access tokens, as the services under test do.
 */
public class GatewayTestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        StubBackends stubs = StubBackends.get();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "trefpunt-gateway-test-environment",
                        Map.of(
                                "trefpunt.services.tenant-url", stubs.tenantUrl(),
                                "trefpunt.services.core-url", stubs.coreUrl(),
                                "trefpunt.services.reservation-url", stubs.reservationUrl(),
                                "trefpunt.keycloak.url", stubs.keycloak.url(),
                                "trefpunt.keycloak.issuer", TestTokens.issuer(),
                                "trefpunt.keycloak.jwk-set-uri", TestTokens.issuer() + "/protocol/openid-connect/certs",
                                // A hung stub Keycloak must not hold a test up for long.
                                "trefpunt.back-channel.response-timeout", "2s")));
    }
}
