package nl.trefpunt.gateway.web;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import nl.trefpunt.gateway.tenant.TenantGate;
import nl.trefpunt.gateway.tenant.TenantLogContext;
import org.slf4j.MDC;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Logs on behalf of a request with its trace id, span id and tenant in the MDC. The gateway runs
 * Reactor's context propagation in "limited" mode (restoring thread locals at every operator costs
 * too much on the hot path), so the few log statements that matter restore them here, from the
 * Reactor context the request's observation lives in.
 */
final class RequestLogContext {

    private static final ContextSnapshotFactory SNAPSHOTS =
            ContextSnapshotFactory.builder().build();

    private RequestLogContext() {}

    static Mono<Void> log(ServerWebExchange exchange, Runnable statement) {
        return Mono.deferContextual(context -> {
            try (ContextSnapshot.Scope scope = SNAPSHOTS.setThreadLocalsFrom(context)) {
                String tenant = exchange.getAttribute(TenantGate.REQUESTED_TENANT_ATTRIBUTE);
                if (tenant != null) {
                    MDC.put(TenantLogContext.KEY, tenant);
                }
                statement.run();
            } finally {
                MDC.remove(TenantLogContext.KEY);
            }
            return Mono.empty();
        });
    }
}
