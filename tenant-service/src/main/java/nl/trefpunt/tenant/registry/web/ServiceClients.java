package nl.trefpunt.tenant.registry.web;

import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * How tenant-service calls the other services: over HTTP with a client-credentials token of the
 * {@code trefpunt-services} Keycloak client. The token belongs to the service, not to whoever sent
 * the request that caused the call, so it is obtained outside any user or request context.
 */
@Configuration(proxyBeanMethods = false)
class ServiceClients {

    static final String REGISTRATION_ID = "trefpunt-services";

    /** The one principal the service's tokens are kept under. */
    private static final Authentication TENANT_SERVICE =
            UsernamePasswordAuthenticationToken.unauthenticated("tenant-service", null);

    @Bean
    RestClient serviceRestClient(ClientRegistrationRepository registrations, ServiceEndpoints endpoints) {
        OAuth2AuthorizedClientService tokens = new InMemoryOAuth2AuthorizedClientService(registrations);
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, tokens);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials()
                .build());

        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(manager);
        bearer.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        bearer.setPrincipalResolver(request -> TENANT_SERVICE);
        // A token the service refuses (401/403) is dropped, so the next call fetches a fresh one.
        bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));

        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(endpoints.connectTimeout())
                .build());
        requests.setReadTimeout(endpoints.readTimeout());
        return RestClient.builder()
                .requestFactory(requests)
                .requestInterceptor(bearer)
                .build();
    }
}
