package nl.trefpunt.gateway.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * An answer the gateway gives itself instead of passing the request on: a status and the key of
 * its text ({@code problem.<key>.title} / {@code .detail} in {@code messages*.properties}), so
 * {@link GatewayErrors} can say it as problem+json or as a page, in the caller's language. Raised
 * as an error so every refusal, whichever filter makes it, is answered in one place.
 */
public class Refusal extends RuntimeException {

    private final HttpStatus status;
    private final String key;
    private final transient Object[] arguments;
    private final HttpHeaders headers = new HttpHeaders();

    public Refusal(HttpStatus status, String key, Object... arguments) {
        // No stack trace: refusals are expected answers, some of them (413, 429) under load.
        super(status.value() + " " + key, null, false, false);
        this.status = status;
        this.key = key;
        this.arguments = arguments;
    }

    public Refusal withHeader(String name, String value) {
        headers.set(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments;
    }

    public HttpHeaders headers() {
        return headers;
    }
}
