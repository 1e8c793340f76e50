package nl.trefpunt.gateway.web;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which requests are API calls (answered with problem+json and an {@code API-Version} header) and
 * which come from a browser (answered with pages and login redirects): decided by the path alone,
 * {@code /api/**} and {@code /{tenant}/api/**}, so the answer never depends on guessing from headers.
 */
public final class ApiRequests {

    public static final String VERSION_HEADER = "API-Version";

    private static final PathPattern PLATFORM_API = PathPatternParser.defaultInstance.parse("/api/**");
    private static final PathPattern TENANT_API = PathPatternParser.defaultInstance.parse("/{tenant}/api/**");

    /** For Spring Security's entry points. */
    public static final ServerWebExchangeMatcher MATCHER = exchange -> isApi(exchange.getRequest())
            ? ServerWebExchangeMatcher.MatchResult.match()
            : ServerWebExchangeMatcher.MatchResult.notMatch();

    private ApiRequests() {}

    public static boolean isApi(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        return PLATFORM_API.matches(path) || TENANT_API.matches(path);
    }
}
