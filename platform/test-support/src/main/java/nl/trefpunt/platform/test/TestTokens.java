package nl.trefpunt.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens shaped like Keycloak's (realm roles, organization claim), signed with a key made
 * for this test JVM. The key is published by a small OIDC issuer on a local port (discovery
 * document and JWKS over real HTTP), so a service under test validates tokens exactly as it does
 * against Keycloak: set its {@code issuer-uri} to {@link #issuer()}.
 */
public final class TestTokens {

    private static final KeyPair KEYS = generate();
    private static volatile String issuer;

    private TestTokens() {}

    /** A person in one tenant's organization with the given realm roles. */
    public static String member(String tenant, String... roles) {
        return token("user-" + tenant, List.of(tenant), List.of(roles), 300);
    }

    /** A platform administrator: no organization, may enter every tenant. */
    public static String platformAdmin() {
        return token("platform-admin", List.of(), List.of("platform-admin"), 300);
    }

    /** A service account (client credentials) of another Trefpunt service. */
    public static String service() {
        return token("service-account-trefpunt-services", List.of(), List.of("platform-service"), 300);
    }

    /** A signed token with exactly these claims, for the unusual case. */
    public static String token(String subject, List<String> organizations, List<String> roles, long lifetimeSeconds) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(lifetimeSeconds)))
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", roles));
        if (!organizations.isEmpty()) {
            claims.claim("organization", organizations);
        }
        return sign(claims.build());
    }

    /** The issuer URL, served on a local port for as long as the test JVM runs. */
    public static String issuer() {
        String current = issuer;
        if (current == null) {
            synchronized (TestTokens.class) {
                current = issuer;
                if (current == null) {
                    current = serveIssuer();
                    issuer = current;
                }
            }
        }
        return current;
    }

    /**
     * The issuer's token endpoint: a client-credentials request gets a {@link #service()} token,
     * as a service's {@code trefpunt-services} client gets one from Keycloak.
     */
    public static String tokenUri() {
        return issuer() + "/protocol/openid-connect/token";
    }

    private static String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serveIssuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String base = "http://localhost:" + server.getAddress().getPort() + "/realms/trefpunt-test";
            String jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic())
                            .keyID("test")
                            .build())
                    .toString();
            String discovery = "{\"issuer\":\"" + base + "\",\"jwks_uri\":\"" + base
                    + "/protocol/openid-connect/certs\",\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                    + "\"subject_types_supported\":[\"public\"],\"response_types_supported\":[\"code\"]}";
            server.createContext("/realms/trefpunt-test/.well-known/openid-configuration", json(discovery));
            server.createContext("/realms/trefpunt-test/protocol/openid-connect/certs", json(jwks));
            server.createContext("/realms/trefpunt-test/protocol/openid-connect/token", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String token = "{\"access_token\":\"" + service() + "\",\"token_type\":\"Bearer\",\"expires_in\":300}";
                json(token).handle(exchange);
            });
            server.setExecutor(null);
            server.start();
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serve the test token issuer", e);
        }
    }

    private static HttpHandler json(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        };
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
