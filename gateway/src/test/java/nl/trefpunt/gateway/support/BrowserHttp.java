package nl.trefpunt.gateway.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * HTTP the way a browser reaches the gateway in these tests: HTTP/1.1 to a plain-http origin (no
 * h2c upgrade), redirects not followed. A request that gets no answer fails its test after
 * {@link #REQUEST_TIMEOUT} instead of stalling the build.
 */
public final class BrowserHttp {

    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private BrowserHttp() {}

    public static HttpClient.Builder client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER);
    }

    public static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
    }
}
