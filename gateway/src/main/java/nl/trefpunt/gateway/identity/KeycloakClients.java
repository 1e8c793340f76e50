package nl.trefpunt.gateway.identity;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import nl.trefpunt.gateway.backchannel.BackChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.ReactiveOidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoderFactory;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The gateway's two Keycloak clients and how it checks tokens. Endpoints are spelled out from the
 * realm URL rather than discovered, so the gateway starts (and answers health checks) before
 * Keycloak is up, and tests can point them at stand-ins. Every call the gateway makes to Keycloak
 * itself goes through the {@link BackChannel}, with its timeouts.
 */
@Configuration(proxyBeanMethods = false)
class KeycloakClients {

    /** The browser login registration; {@code /oauth2/authorization/keycloak} starts a login. */
    static final String LOGIN_REGISTRATION_ID = "keycloak";

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
        ClientRegistration login = ClientRegistration.withRegistrationId(LOGIN_REGISTRATION_ID)
                .clientName("Trefpunt")
                .clientId(keycloak.gateway().clientId())
                .clientSecret(keycloak.gateway().clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(keycloak.browserEndpoint("auth"))
                .tokenUri(keycloak.backchannelEndpoint("token"))
                .jwkSetUri(keycloak.backchannelEndpoint("certs"))
                .userInfoUri(keycloak.backchannelEndpoint("userinfo"))
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .issuerUri(keycloak.issuer())
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.browserEndpoint("logout")))
                // PKCE (S256) even though the client is confidential: a stolen code is useless.
                .clientSettings(ClientRegistration.ClientSettings.builder()
                        .requireProofKey(true)
                        .build())
                .build();
        ClientRegistration service = ClientRegistration.withRegistrationId(ServiceToken.REGISTRATION_ID)
                .clientId(keycloak.services().clientId())
                .clientSecret(keycloak.services().clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(keycloak.backchannelEndpoint("token"))
                .build();
        return new InMemoryReactiveClientRegistrationRepository(login, service);
    }

    /** Tokens live in the browser's server-side session, so logging out forgets them. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Hands out the session's access token and renews it with the refresh token when it expired. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager sessionClients(
            ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository clients,
            BackChannel backChannel) {
        var refresh = new WebClientReactiveRefreshTokenTokenResponseClient();
        refresh.setWebClient(webClient(backChannel));
        var manager = new DefaultReactiveOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken(renewal -> renewal.accessTokenResponseClient(refresh))
                .build());
        return manager;
    }

    /** The code exchange at the end of a browser login (picked up by Spring Security's oauth2Login). */
    @Bean
    ReactiveOAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeExchange(BackChannel backChannel) {
        var exchange = new WebClientReactiveAuthorizationCodeTokenResponseClient();
        exchange.setWebClient(webClient(backChannel));
        return exchange;
    }

    /** User info after a browser login. */
    @Bean
    ReactiveOAuth2UserService<OidcUserRequest, OidcUser> userInfo(BackChannel backChannel) {
        var userInfo = new DefaultReactiveOAuth2UserService();
        userInfo.setWebClient(webClient(backChannel));
        var oidc = new OidcReactiveOAuth2UserService();
        oidc.setOauth2UserService(userInfo);
        return oidc;
    }

    /**
     * ID tokens are checked against the realm's keys, which Spring Security fetches with a client
     * of its own; bounded here by the same time a back-channel call may take.
     */
    @Bean
    ReactiveJwtDecoderFactory<ClientRegistration> idTokenDecoders(BackChannel backChannel) {
        ReactiveOidcIdTokenDecoderFactory standard = new ReactiveOidcIdTokenDecoderFactory();
        return registration -> {
            ReactiveJwtDecoder decoder = standard.createDecoder(registration);
            return token -> decoder.decode(token)
                    .timeout(
                            backChannel.longestCall(),
                            Mono.error(() -> new KeycloakUnavailable(
                                    new TimeoutException("No keys from Keycloak for the ID token"))));
        };
    }

    /**
     * Keycloak as the gateway calls it: the back channel's timeouts, and a failure to connect or to
     * answer in time reported as {@link KeycloakUnavailable} (a 503 with a clear text).
     */
    static WebClient webClient(BackChannel backChannel) {
        return backChannel
                .webClient()
                .filter((request, next) -> next.exchange(request).onErrorMap(KeycloakUnavailable::new))
                .build();
    }

    /** Bearer tokens and session access tokens alike: signed by the realm, from the realm's issuer, not expired. */
    @Bean
    ReactiveJwtDecoder jwtDecoder(KeycloakProperties keycloak, BackChannel backChannel) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(keycloak.jwkSetUri())
                .webClient(webClient(backChannel))
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(keycloak.issuer()));
        return new VerifiedTokens(decoder, Clock.systemUTC());
    }
}
