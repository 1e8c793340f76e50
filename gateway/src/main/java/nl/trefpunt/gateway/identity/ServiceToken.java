package nl.trefpunt.gateway.identity;

import nl.trefpunt.gateway.backchannel.BackChannel;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The gateway's own access token (client credentials of {@code trefpunt-services}), for asking
 * tenant-service about tenants. One token for the whole gateway, renewed shortly before it expires;
 * kept apart from the users' session clients so TokenRelay never picks it up.
 */
@Component
public class ServiceToken {

    static final String REGISTRATION_ID = "trefpunt-services";
    private static final String PRINCIPAL = "trefpunt-gateway";

    private final ReactiveOAuth2AuthorizedClientManager clients;

    public ServiceToken(ReactiveClientRegistrationRepository registrations, BackChannel backChannel) {
        var tokens = new WebClientReactiveClientCredentialsTokenResponseClient();
        tokens.setWebClient(KeycloakClients.webClient(backChannel));
        var manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(
                registrations, new InMemoryReactiveOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(credentials -> credentials.accessTokenResponseClient(tokens))
                .build());
        this.clients = manager;
    }

    public Mono<String> value() {
        return clients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION_ID)
                        .principal(PRINCIPAL)
                        .build())
                .map(client -> client.getAccessToken().getTokenValue())
                .switchIfEmpty(
                        Mono.error(() -> new IllegalStateException("Keycloak gave the gateway no service token")));
    }
}
