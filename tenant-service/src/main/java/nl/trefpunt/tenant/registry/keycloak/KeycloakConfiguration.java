package nl.trefpunt.tenant.registry.keycloak;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** The Keycloak admin client, signed in as the {@code trefpunt-services} service account. */
@Configuration(proxyBeanMethods = false)
class KeycloakConfiguration {

    @Bean(destroyMethod = "close")
    Keycloak keycloakAdmin(KeycloakSettings settings, ClientRegistrationRepository registrations) {
        ClientRegistration services = registrations.findByRegistrationId(settings.registrationId());
        if (services == null) {
            throw new IllegalStateException("No OAuth2 client registration '" + settings.registrationId()
                    + "' (spring.security.oauth2.client.registration) for Keycloak's admin API");
        }
        // A pooled client with timeouts: RESTEasy's default holds one connection and waits forever.
        Client http = ((ResteasyClientBuilder) ClientBuilder.newBuilder())
                .connectionPoolSize(10)
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(JacksonProvider.class, 100)
                .build();
        return KeycloakBuilder.builder()
                .serverUrl(settings.url())
                .realm(settings.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(services.getClientId())
                .clientSecret(services.getClientSecret())
                .resteasyClient(http)
                .build();
    }

    @Bean
    RealmResource trefpuntRealm(Keycloak keycloak, KeycloakSettings settings) {
        return keycloak.realm(settings.realm());
    }
}
