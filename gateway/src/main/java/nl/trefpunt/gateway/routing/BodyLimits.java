package nl.trefpunt.gateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import nl.trefpunt.gateway.web.Refusal;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body over the route's maximum with 413 before it reaches a service, and
 * without holding it in memory: a declared {@code Content-Length} over the limit is refused before
 * a byte of the body is read; a body without one (chunked) is counted while it streams to the
 * service and cut off at the limit, so the service sees an aborted request, never the whole body.
 */
@Component
class BodyLimits implements GlobalFilter, Ordered {

    /** Route metadata: the route's maximum body as a {@link DataSize}. */
    static final String METADATA_KEY = "trefpunt-max-body";

    private final DataSize fallback;

    BodyLimits(RequestLimitProperties limits) {
        this.fallback = limits.maxBody();
    }

    @Override
    public int getOrder() {
        return -300; // first of the gateway's filters: nothing else needs to run for a refused body
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        DataSize max = maxFor(exchange.getAttribute(GATEWAY_ROUTE_ATTR));
        long declared = request.getHeaders().getContentLength();
        if (declared > max.toBytes()) {
            return Mono.error(tooLarge(max));
        }
        if (declared >= 0 || !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange); // no body, or one Netty will not let grow past its declared length
        }
        return chain.filter(
                exchange.mutate().request(new CountedBody(request, max)).build());
    }

    private DataSize maxFor(Route route) {
        if (route != null && route.getMetadata().get(METADATA_KEY) instanceof DataSize max) {
            return max;
        }
        return fallback;
    }

    static Refusal tooLarge(DataSize max) {
        return new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", readable(max));
    }

    /** "1 MB", "512 kB", "300 bytes": how the texts name the limit. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + " kB";
        }
        return bytes + " bytes";
    }

    /** The request body, failing with 413 as soon as more than {@code max} bytes have come in. */
    private static final class CountedBody extends ServerHttpRequestDecorator {

        private final DataSize max;

        CountedBody(ServerHttpRequest request, DataSize max) {
            super(request);
            this.max = max;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            long limit = max.toBytes();
            return Flux.defer(() -> {
                long[] seen = {0};
                return super.getBody().handle((buffer, sink) -> {
                    seen[0] += buffer.readableByteCount();
                    if (seen[0] > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(tooLarge(max));
                    } else {
                        sink.next(buffer);
                    }
                });
            });
        }
    }
}
