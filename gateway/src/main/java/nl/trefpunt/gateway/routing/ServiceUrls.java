package nl.trefpunt.gateway.routing;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the three services listen; the defaults are the agreed local ports. */
@ConfigurationProperties("trefpunt.services")
public record ServiceUrls(URI tenantUrl, URI coreUrl, URI reservationUrl) {

    public ServiceUrls {
        tenantUrl = tenantUrl == null ? URI.create("http://localhost:8081") : tenantUrl;
        coreUrl = coreUrl == null ? URI.create("http://localhost:8082") : coreUrl;
        reservationUrl = reservationUrl == null ? URI.create("http://localhost:8083") : reservationUrl;
    }
}
