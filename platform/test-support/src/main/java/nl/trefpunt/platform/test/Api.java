package nl.trefpunt.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a running service over real HTTP the way the gateway does: with a bearer token and the
 * tenant header. Immutable; {@code as(..)}, {@code tenant(..)}, {@code header(..)} and
 * {@code accept(..)} return new instances. Redirects are not followed, so a test sees them.
 *
 * <p>For pages, ask as a browser does and post forms:
 *
 * <pre>{@code
 * Api browser = Api.on(port).as(token).tenant("arnhem").accept(Api.HTML);
 * browser.get("/centra");
 * browser.postForm("/centra", Map.of("name", "De Wasplaats"));
 * }</pre>
 */
public final class Api {

    public static final String TENANT_HEADER = "Trefpunt-Tenant";
    /** What an API client asks for; the default. */
    public static final String JSON = "application/json, application/problem+json";
    /** What a browser asks for when it loads a page. */
    public static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String baseUrl;
    private final String token;
    private final String accept;
    private final List<String[]> headers;

    private Api(String baseUrl, String token, String accept, List<String[]> headers) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.accept = accept;
        this.headers = headers;
    }

    public static Api on(int port) {
        return at("http://localhost:" + port);
    }

    public static Api at(String baseUrl) {
        return new Api(baseUrl, null, JSON, List.of());
    }

    public Api as(String bearerToken) {
        return new Api(baseUrl, bearerToken, accept, headers);
    }

    public Api tenant(String tenant) {
        return header(TENANT_HEADER, tenant);
    }

    public Api header(String name, String value) {
        List<String[]> more = new ArrayList<>(headers);
        more.add(new String[] {name, value});
        return new Api(baseUrl, token, accept, List.copyOf(more));
    }

    /** Replaces the {@code Accept} header, e.g. {@link #HTML} to ask for a page as a browser does. */
    public Api accept(String mediaTypes) {
        return new Api(baseUrl, token, mediaTypes, headers);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(bodyOf(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(bodyOf(body)));
    }

    /** Posts an HTML form ({@code application/x-www-form-urlencoded}), fields in the given order. */
    public Response postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return postRaw(path, "application/x-www-form-urlencoded", body);
    }

    /** A raw body, for malformed-input tests. */
    public Response postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(h -> builder.header(h[0], h[1]));
        return builder;
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        String text = body instanceof String s ? s : MAPPER.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public static final class Response {

        private final HttpResponse<String> response;

        Response(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return MAPPER.readTree(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return response.request().method() + " " + response.uri() + " -> " + status() + " " + body();
        }
    }
}
