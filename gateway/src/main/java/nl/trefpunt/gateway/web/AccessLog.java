package nl.trefpunt.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One log line per request, written as the response is committed, with the trace id (the same
 * one the services log, via {@code traceparent}) and the tenant in the MDC, so that structured
 * logs of gateway and services can be joined. Health probes are left out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@ConditionalOnBooleanProperty(name = "trefpunt.access-log.enabled", matchIfMissing = true)
class AccessLog implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("nl.trefpunt.gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().value();
        if (path.startsWith("/actuator/health")) {
            return chain.filter(exchange);
        }
        long started = System.nanoTime();
        // At commit the request's observation and, once admitted, its tenant are in the Reactor
        // context; answers the gate gave itself name the tenant the path asked for.
        exchange.getResponse()
                .beforeCommit(() -> RequestLogContext.log(exchange, () -> {
                    HttpStatusCode status = exchange.getResponse().getStatusCode();
                    log.info(
                            "{} {} {} {}ms",
                            request.getMethod(),
                            path,
                            status == null ? 200 : status.value(),
                            (System.nanoTime() - started) / 1_000_000);
                }));
        return chain.filter(exchange);
    }
}
