package nl.trefpunt.gateway.routing;

import java.net.InetSocketAddress;
import java.net.URI;
import nl.trefpunt.gateway.tenant.Tenant;
import nl.trefpunt.gateway.tenant.TenantGate;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The forwarding headers a service builds its links from, as the gateway saw the request:
 * scheme, host, port, client address and, under a tenant, {@code X-Forwarded-Prefix: /{tenant}}.
 * Applied last, when the request leaves for the service, after Spring Cloud Gateway has removed
 * whatever forwarding headers the client sent.
 */
@Component
class ForwardingHeaders implements HttpHeadersFilter, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        URI seen = exchange.getRequest().getURI();
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        headers.set("X-Forwarded-Proto", seen.getScheme());
        headers.set("X-Forwarded-Host", seen.getHost());
        if (seen.getPort() != -1) {
            headers.set("X-Forwarded-Port", String.valueOf(seen.getPort()));
        }
        InetSocketAddress client = exchange.getRequest().getRemoteAddress();
        if (client != null && client.getAddress() != null) {
            headers.set("X-Forwarded-For", client.getAddress().getHostAddress());
        }
        Tenant tenant = exchange.getAttribute(TenantGate.TENANT_ATTRIBUTE);
        if (tenant != null) {
            headers.set(TenantGate.PREFIX_HEADER, "/" + tenant.slug());
        } else {
            headers.remove(TenantGate.PREFIX_HEADER);
        }
        return headers;
    }
}
