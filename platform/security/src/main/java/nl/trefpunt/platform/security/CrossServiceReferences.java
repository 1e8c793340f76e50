package nl.trefpunt.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import nl.trefpunt.platform.tenancy.TenantContext;
import nl.trefpunt.platform.web.DependencyUnavailable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one way a service checks, when it writes, that something it refers to in another service
 * exists in the same tenant: {@code GET} the other service's resource with this service's
 * client-credentials token ({@code trefpunt-services}) and the current tenant's header. 200 is
 * yes, 404 is no (also for another tenant's id, which the other service does not show); anything
 * else, or no answer within the timeouts, is {@link DependencyUnavailable} (503), so nothing is
 * stored on a guess.
 */
public class CrossServiceReferences {

    static final String REGISTRATION_ID = "trefpunt-services";

    /** The one principal this service's tokens are kept under; they belong to no user. */
    private static final Authentication THIS_SERVICE =
            UsernamePasswordAuthenticationToken.unauthenticated("trefpunt-service", null);

    private final ServiceCallProperties properties;
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private volatile RestClient http;

    CrossServiceReferences(
            ServiceCallProperties properties, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.properties = properties;
        this.registrations = registrations;
    }

    /**
     * Whether {@code service} has the resource at {@code path} (a URI template, e.g.
     * {@code /api/v1/centres/{id}}) in the current tenant.
     */
    public boolean exists(String service, String path, Object... uriVariables) {
        URI base = properties.services().get(service);
        if (base == null) {
            throw new IllegalStateException("No URL for " + service + " in trefpunt.service-calls.services");
        }
        // encode() before expanding: a variable's '/' or '?' is data, never a path of its own.
        URI uri = UriComponentsBuilder.fromUri(base)
                .path(path)
                .encode()
                .buildAndExpand(uriVariables)
                .toUri();
        String tenant = TenantContext.require().slug();
        try {
            HttpStatus status = client().get()
                    .uri(uri)
                    .header(TenantHeader.NAME, tenant)
                    .header("Accept", "application/json")
                    .exchange(
                            (request, response) ->
                                    HttpStatus.resolve(response.getStatusCode().value()),
                            true);
            if (status == HttpStatus.OK) {
                return true;
            }
            if (status == HttpStatus.NOT_FOUND) {
                return false;
            }
            throw new DependencyUnavailable(service, "answered " + status + " for " + uri);
        } catch (RestClientException | OAuth2AuthorizationException e) {
            throw new DependencyUnavailable(service, e);
        }
    }

    private RestClient client() {
        RestClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = build();
                }
                client = http;
            }
        }
        return client;
    }

    private RestClient build() {
        ClientRegistrationRepository clients = registrations.getIfAvailable();
        if (clients == null || clients.findByRegistrationId(REGISTRATION_ID) == null) {
            throw new IllegalStateException("Service calls need the OAuth2 client registration " + REGISTRATION_ID);
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build());
        requests.setReadTimeout(properties.readTimeout());
        // Keycloak's token endpoint gets the same timeouts: a hung Keycloak is a 503, not a hang.
        RestClientClientCredentialsTokenResponseClient tokenEndpoint =
                new RestClientClientCredentialsTokenResponseClient();
        tokenEndpoint.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .messageConverters(
                        List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        OAuth2AuthorizedClientService tokens = new InMemoryOAuth2AuthorizedClientService(clients);
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(clients, tokens);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(credentials -> credentials.accessTokenResponseClient(tokenEndpoint))
                .build());
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(manager);
        bearer.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        bearer.setPrincipalResolver(request -> THIS_SERVICE);
        // A token the other service refuses is dropped, so the next call fetches a fresh one.
        bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));
        return RestClient.builder()
                .requestFactory(requests)
                .requestInterceptor(bearer)
                .build();
    }
}
