package nl.trefpunt.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.trefpunt.launcher.JsonClient;
import nl.trefpunt.launcher.Platform;
import nl.trefpunt.launcher.PlatformSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs a person in at Keycloak the way the gateway does — authorization code with PKCE for the
 * {@code trefpunt-gateway} client, through Keycloak's own login form — and keeps the tokens, so
 * API tests call the gateway with the same access token a browser session would carry.
 */
final class KeycloakLogin {

    private static final Pattern LOGIN_FORM =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final JsonMapper json = JsonMapper.builder().build();

    private KeycloakLogin() {}

    /** The access token Keycloak issues to the gateway for this person. */
    static String accessToken(Platform platform, String username, String password) {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Map<String, String> cookies = new LinkedHashMap<>();
        String verifier = randomUrlSafe(48);
        String state = randomUrlSafe(16);
        String redirectUri = platform.gatewayUrl() + "/login/oauth2/code/keycloak";
        URI realm = platform.keycloak().issuer();
        URI authorize = URI.create(realm + "/protocol/openid-connect/auth?"
                + form(Map.of(
                        "client_id",
                        PlatformSettings.GATEWAY_CLIENT,
                        "response_type",
                        "code",
                        "scope",
                        "openid profile email",
                        "redirect_uri",
                        redirectUri,
                        "state",
                        state,
                        "code_challenge",
                        challenge(verifier),
                        "code_challenge_method",
                        "S256")));

        HttpResponse<String> loginPage =
                send(browser, HttpRequest.newBuilder(authorize).GET(), cookies);
        if (loginPage.statusCode() != 200) {
            throw new AssertionError(
                    "Keycloak's login page answered " + loginPage.statusCode() + ": " + loginPage.body());
        }
        // With Organizations on, Keycloak asks for the username first and the password on a
        // second page (identity-first); with them off, both on one page. Fill what is asked.
        HttpResponse<String> submitted = loginPage;
        for (int page = 0; page < 3 && submitted.statusCode() == 200; page++) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (submitted.body().contains("id=\"username\"")) {
                fields.put("username", username);
            }
            if (submitted.body().contains("id=\"password\"")) {
                fields.put("password", password);
                fields.put("credentialId", "");
            }
            submitted = send(
                    browser,
                    HttpRequest.newBuilder(URI.create(loginFormAction(submitted.body())))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(fields))),
                    cookies);
        }
        String location = submitted.headers().firstValue("Location").orElse("");
        if (submitted.statusCode() != 302 || !location.startsWith(redirectUri)) {
            throw new AssertionError("Keycloak did not accept " + username + " (HTTP " + submitted.statusCode()
                    + ", Location " + location + ")");
        }
        Map<String, String> callback = query(URI.create(location));
        if (!state.equals(callback.get("state"))) {
            throw new AssertionError("Keycloak returned another state than it was given: " + location);
        }
        JsonClient.Response tokens = new JsonClient()
                .postForm(
                        platform.keycloak().tokenEndpoint(),
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                callback.get("code"),
                                "redirect_uri",
                                redirectUri,
                                "code_verifier",
                                verifier,
                                "client_id",
                                PlatformSettings.GATEWAY_CLIENT,
                                "client_secret",
                                platform.settings().gatewayClientSecret()));
        if (!tokens.isSuccess()) {
            throw new AssertionError("Token exchange failed: HTTP " + tokens.status() + " " + tokens.text());
        }
        return tokens.body().get("access_token").asString();
    }

    /** The claims of a JWT (its signature is the services' business; here only what it says). */
    static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        return json.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static String loginFormAction(String html) {
        Matcher form = LOGIN_FORM.matcher(html);
        if (!form.find()) {
            throw new AssertionError("No login form (kc-form-login) on Keycloak's page:\n" + html);
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new AssertionError("Login form without action: " + form.group());
        }
        return action.group(1).replace("&amp;", "&");
    }

    /**
     * Sends with the cookies Keycloak set so far and keeps the new ones. Keycloak marks its
     * cookies Secure; browsers send those to http://localhost, Java's CookieManager does not, so
     * this keeps them itself, as a browser would.
     */
    private static HttpResponse<String> send(
            HttpClient client, HttpRequest.Builder builder, Map<String, String> cookies) {
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(
                            pair.substring(0, equals).trim(),
                            pair.substring(equals + 1).trim());
                }
            }
            return response;
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            values.put(
                    URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
