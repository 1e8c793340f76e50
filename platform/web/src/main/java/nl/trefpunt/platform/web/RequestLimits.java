package nl.trefpunt.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much a request may bring, per service.
 *
 * @param maxBody the largest request body (JSON, forms), 1 MB unless set
 * @param maxBodyByPath larger (or smaller) limits for paths that take uploads, by Ant-style path
 *     pattern, e.g. {@code /api/v1/tenant/house-style/**: 5MB}; the first matching pattern wins
 */
@ConfigurationProperties("trefpunt.web.limits")
public record RequestLimits(DataSize maxBody, Map<String, DataSize> maxBodyByPath) {

    public RequestLimits {
        maxBody = maxBody == null ? DataSize.ofMegabytes(1) : maxBody;
        maxBodyByPath = maxBodyByPath == null ? Map.of() : new LinkedHashMap<>(maxBodyByPath);
    }
}
