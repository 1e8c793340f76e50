package nl.trefpunt.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.trefpunt.platform.test.TestTokens;

/**
 * Keycloak's token, key and user-info endpoints for realm {@code trefpunt}, enough for the
 * gateway's client-credentials call and a browser login (authorization code + PKCE). Access
 * tokens come from {@link TestTokens}; ID tokens are signed with this stub's own key, published
 * at the realm's JWKs endpoint.
 */
public final class StubKeycloak {

    public static final String GATEWAY_CLIENT = "trefpunt-gateway:trefpunt-gateway-dev-secret";
    public static final String SERVICES_CLIENT = "trefpunt-services:trefpunt-services-dev-secret";
    private static final String OIDC = "/realms/trefpunt/protocol/openid-connect";

    private final HttpServer server;
    private final RSAKey idTokenKey;
    private final String serviceToken = TestTokens.service();
    private final Map<String, Login> pendingLogins = new ConcurrentHashMap<>();
    public final AtomicInteger serviceTokensIssued = new AtomicInteger();

    /** A person who will have logged in when the browser comes back with {@code code}. */
    private record Login(String subject, String accessToken, String nonce, String codeChallenge) {}

    StubKeycloak() {
        try {
            idTokenKey = new RSAKeyGenerator(2048).keyID("stub-id-token").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext(OIDC + "/token", exchange -> {
                try (exchange) {
                    token(exchange);
                }
            });
            server.createContext(OIDC + "/certs", exchange -> {
                try (exchange) {
                    StubBackends.respond(
                            exchange, 200, "application/json", new JWKSet(idTokenKey.toPublicJWK()).toString());
                }
            });
            server.createContext(OIDC + "/userinfo", exchange -> {
                try (exchange) {
                    userInfo(exchange);
                }
            });
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return StubBackends.url(server);
    }

    public String serviceToken() {
        return serviceToken;
    }

    /**
     * Lets the next browser that returns with the code answer as {@code subject} holding
     * {@code accessToken}; the code is only good with the PKCE verifier behind {@code codeChallenge}.
     */
    public String expectLogin(String subject, String accessToken, String nonce, String codeChallenge) {
        String code = UUID.randomUUID().toString();
        pendingLogins.put(code, new Login(subject, accessToken, nonce, codeChallenge));
        return code;
    }

    /** A code whose exchange at the token endpoint gets no answer for {@link #HUNG_FOR_MILLIS}: a hung Keycloak. */
    public static final String HUNG_CODE = "keycloak-hangt";

    public static final long HUNG_FOR_MILLIS = 20_000;

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (HUNG_CODE.equals(form.get("code"))) {
            try {
                Thread.sleep(HUNG_FOR_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            StubBackends.respond(exchange, 400, "application/json", "{\"error\":\"too_late\"}");
            return;
        }
        String client = basicCredentials(exchange);
        switch (form.getOrDefault("grant_type", "")) {
            case "client_credentials" -> {
                if (!SERVICES_CLIENT.equals(client)) {
                    StubBackends.respond(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
                    return;
                }
                serviceTokensIssued.incrementAndGet();
                StubBackends.respond(exchange, 200, "application/json", tokenResponse(serviceToken, null));
            }
            case "authorization_code" -> {
                Login login = pendingLogins.remove(form.getOrDefault("code", ""));
                if (!GATEWAY_CLIENT.equals(client)
                        || login == null
                        || !matchesChallenge(form.get("code_verifier"), login)) {
                    StubBackends.respond(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
                    return;
                }
                StubBackends.respond(
                        exchange, 200, "application/json", tokenResponse(login.accessToken(), idToken(login)));
            }
            default ->
                StubBackends.respond(exchange, 400, "application/json", "{\"error\":\"unsupported_grant_type\"}");
        }
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String subject = authorization == null ? null : subjectOf(authorization.substring("Bearer ".length()));
        if (subject == null) {
            StubBackends.respond(exchange, 401, "application/json", "{}");
            return;
        }
        StubBackends.respond(
                exchange,
                200,
                "application/json",
                "{\"sub\":\"" + subject + "\",\"preferred_username\":\"" + subject + "\",\"name\":\"Anna de Vries\"}");
    }

    private static String subjectOf(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet().getSubject();
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    private static boolean matchesChallenge(String verifier, Login login) {
        if (verifier == null) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .equals(login.codeChallenge());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String idToken(Login login) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(TestTokens.issuer())
                .subject(subjectOf(login.accessToken()))
                .audience("trefpunt-gateway")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", login.nonce())
                .claim("preferred_username", login.subject())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(idTokenKey.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(idTokenKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tokenResponse(String accessToken, String idToken) {
        StringBuilder json = new StringBuilder(
                "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":300");
        if (idToken != null) {
            json.append(",\"id_token\":\"")
                    .append(idToken)
                    .append("\",\"refresh_token\":\"refresh-")
                    .append(UUID.randomUUID())
                    .append("\",\"scope\":\"openid profile email\"");
        }
        return json.append('}').toString();
    }

    private static String basicCredentials(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8) + ":"
                + URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
    }

    static Map<String, String> form(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
