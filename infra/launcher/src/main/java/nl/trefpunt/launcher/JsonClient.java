package nl.trefpunt.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** JSON over HTTP for talking to Keycloak and the services' APIs. */
public final class JsonClient {

    static final JsonMapper json = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** One answer; {@code body} is a MissingNode when the answer was not JSON. */
    public record Response(int status, JsonNode body, String text, Map<String, String> headers) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        public Response requireSuccess(String what) {
            if (!isSuccess()) {
                throw new StartFailed(what + " failed: HTTP " + status + " " + text);
            }
            return this;
        }
    }

    public Response get(URI uri, String bearer, Map<String, String> headers) {
        return send("GET", uri, bearer, headers, null);
    }

    public Response put(URI uri, String bearer, Map<String, String> headers, Object body) {
        return send("PUT", uri, bearer, headers, body);
    }

    public Response post(URI uri, String bearer, Map<String, String> headers, Object body) {
        return send("POST", uri, bearer, headers, body);
    }

    /** A form post, as the OAuth token endpoint wants it. */
    public Response postForm(URI uri, Map<String, String> form) {
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build();
        return exchange(request);
    }

    public Response send(String method, URI uri, String bearer, Map<String, String> headers, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            String text = body instanceof String s ? s : json.writeValueAsString(body);
            request.method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        return exchange(request.build());
    }

    private Response exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers()
                    .map()
                    .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            return new Response(response.statusCode(), parse(response.body()), response.body(), headers);
        } catch (IOException e) {
            throw new StartFailed(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartFailed("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(text);
        } catch (RuntimeException e) {
            return MissingNode.getInstance();
        }
    }
}
