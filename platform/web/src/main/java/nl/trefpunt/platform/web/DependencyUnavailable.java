package nl.trefpunt.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Another service this request depends on could not answer in time (down, too slow, or answering
 * with an error), so the request cannot be decided. The answer is 503 with {@code Retry-After}
 * (a page for browsers), and nothing is stored.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class DependencyUnavailable extends RuntimeException {

    public DependencyUnavailable(String service, Throwable cause) {
        super(service + " could not be asked: " + cause.getMessage(), cause);
    }

    public DependencyUnavailable(String service, String why) {
        super(service + " could not be asked: " + why);
    }
}
