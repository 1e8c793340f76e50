package nl.trefpunt.tenant.registry.stubs;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Stands in for core-service or reservation-service: answers their internal provisioning endpoint
 * {@code PUT /internal/tenants/{tenant}} like platform-tenancy does (201 first, 200 after), and only
 * for the bearer token the Keycloak stub issued.
 */
public class ServiceStub extends StubServer {

    private final Set<String> provisioned = ConcurrentHashMap.newKeySet();
    private final Predicate<String> acceptsToken;
    private volatile int failWith;

    public ServiceStub(Predicate<String> acceptsToken) {
        this.acceptsToken = acceptsToken;
    }

    /** Answers every request with this status (e.g. 500) until {@link #recover()}; 0 for normal. */
    public void failWith(int status) {
        this.failWith = status;
    }

    public void recover() {
        this.failWith = 0;
    }

    public boolean hasProvisioned(String tenant) {
        return provisioned.contains(tenant);
    }

    public long provisioningCallsFor(String tenant) {
        return received().stream()
                .filter(r -> r.method().equals("PUT") && r.path().equals("/internal/tenants/" + tenant))
                .count();
    }

    @Override
    void handle(Received request, HttpExchange exchange) throws IOException {
        if (failWith != 0) {
            respond(exchange, failWith, "application/problem+json", "{\"status\":" + failWith + "}");
            return;
        }
        String authorization = request.authorization();
        if (authorization == null
                || !authorization.startsWith("Bearer ")
                || !acceptsToken.test(authorization.substring(7))) {
            respond(exchange, 401, "application/problem+json", "{\"status\":401}");
            return;
        }
        if (request.method().equals("PUT") && request.path().startsWith("/internal/tenants/")) {
            String tenant = request.path().substring("/internal/tenants/".length());
            boolean created = provisioned.add(tenant);
            respond(
                    exchange,
                    created ? 201 : 200,
                    "application/json",
                    "{\"tenant\":\"" + tenant + "\",\"schema\":\"tenant_" + tenant.replace('-', '_') + "\"}");
            return;
        }
        respond(exchange, 404, "application/problem+json", "{\"status\":404}");
    }
}
