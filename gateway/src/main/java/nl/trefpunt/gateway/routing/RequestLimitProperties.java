package nl.trefpunt.gateway.routing;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request the gateway passes on. Header size and URI length are Reactor Netty's
 * decoder limits ({@code server.max-http-request-header-size}, {@code server.netty.max-initial-line-length}).
 *
 * @param maxBody every route's maximum unless {@code maxBodyByRoute} names it: JSON and forms, 1 MB
 * @param maxBodyByRoute larger (or smaller) maximums by route id ({@code ServiceRoutes}), for the
 *     routes that take uploads, e.g. {@code tenant-pages} (the house style is uploaded there)
 * @param maxQueryParameters how many query parameters a request may have
 */
@ConfigurationProperties("trefpunt.limits")
public record RequestLimitProperties(
        DataSize maxBody, Map<String, DataSize> maxBodyByRoute, Integer maxQueryParameters) {

    public RequestLimitProperties {
        maxBody = maxBody == null ? DataSize.ofMegabytes(1) : maxBody;
        maxBodyByRoute = maxBodyByRoute == null ? Map.of() : Map.copyOf(maxBodyByRoute);
        maxQueryParameters = maxQueryParameters == null ? 100 : maxQueryParameters;
        if (maxBody.toBytes() < 0 || maxQueryParameters < 1) {
            throw new IllegalArgumentException("trefpunt.limits: need max-body >= 0 and max-query-parameters >= 1");
        }
    }

    public DataSize maxBodyFor(String routeId) {
        return maxBodyByRoute.getOrDefault(routeId, maxBody);
    }
}
