package nl.trefpunt.launcher;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Puts the demo tenants into a started platform through the services' own APIs, as an operator
 * would: tenants and their members through tenant-service, centres through core-service. Every
 * step is idempotent or looks before it writes, so a second run adds nothing.
 */
public final class DemoData {

    private static final int ATTEMPTS = 5;

    private final Platform platform;
    private final Progress progress;
    private final JsonClient client = new JsonClient();

    /** A demo login to print. */
    public record Login(String username, String password, String role, String tenant) {}

    /** What one seeding run did. */
    public record Seeded(List<Login> logins, int tenantsCreated, int centresAdded, int membersAdded) {

        public boolean addedNothing() {
            return tenantsCreated == 0 && centresAdded == 0 && membersAdded == 0;
        }
    }

    public DemoData(Platform platform, Progress progress) {
        this.platform = platform;
        this.progress = progress;
    }

    /** Seeds all three demo tenants. */
    public Seeded seed() {
        String token = platform.serviceToken();
        List<Login> logins = new ArrayList<>();
        int tenants = 0;
        int centres = 0;
        int members = 0;
        for (DemoTenants.Tenant tenant : DemoTenants.ALL) {
            boolean created = provision(tenant.slug(), tenant.name(), tenant.gemeentecode(), token);
            int addedCentres = addCentres(tenant, token);
            int addedMembers = 0;
            for (DemoTenants.User user : DemoTenants.users(tenant)) {
                if (enrol(tenant.slug(), user, DemoTenants.PASSWORD, token)) {
                    addedMembers++;
                }
                logins.add(new Login(user.username(), DemoTenants.PASSWORD, user.role(), tenant.slug()));
            }
            progress.step("Demo tenant " + tenant.slug() + " (" + tenant.gemeentecode() + "): "
                    + (created ? "provisioned" : "already there") + ", " + addedCentres + " centres and "
                    + addedMembers + " logins added");
            tenants += created ? 1 : 0;
            centres += addedCentres;
            members += addedMembers;
        }
        return new Seeded(logins, tenants, centres, members);
    }

    /**
     * Onboards a municipality through tenant-service ({@code PUT /api/v1/tenants/{slug}},
     * idempotent); true when it was new. tenant-service answers 503 when a step (a service,
     * Keycloak) was not reachable yet and the same request completes it: that is retried.
     */
    public boolean provision(String slug, String name, String gemeentecode, String token) {
        URI uri = tenantService("/api/v1/tenants/" + slug);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("gemeentecode", gemeentecode);
        JsonClient.Response response = retryingUnavailable(() -> client.put(uri, token, Map.of(), body))
                .requireSuccess("Onboarding " + slug);
        return response.status() == 201;
    }

    /**
     * Makes a person a member of a tenant with one role ({@code PUT .../members/{username}},
     * idempotent); true when the account or the membership was new.
     */
    public boolean enrol(String tenant, DemoTenants.User user, String password, String token) {
        URI uri = tenantService(
                "/api/v1/tenants/" + tenant + "/members/" + URLEncoder.encode(user.username(), StandardCharsets.UTF_8));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", user.email());
        body.put("firstName", user.firstName());
        body.put("lastName", user.lastName());
        body.put("roles", List.of(user.role()));
        body.put("initialPassword", password);
        JsonClient.Response response = retryingUnavailable(() -> client.put(uri, token, Map.of(), body))
                .requireSuccess("Enrolling " + user.username() + " in " + tenant);
        return response.status() == 201;
    }

    /** Registers the centres the tenant does not have yet (by name); returns how many were added. */
    public int addCentres(DemoTenants.Tenant tenant, String token) {
        Map<String, String> header = Map.of("Trefpunt-Tenant", tenant.slug());
        // The demo tenants have fewer centres than one page holds.
        JsonClient.Response existing = client.get(coreService("/api/v1/centres?pageSize=100"), token, header)
                .requireSuccess("Listing centres of " + tenant.slug());
        Set<String> names = new HashSet<>();
        for (JsonNode centre : existing.body().path("items")) {
            names.add(centre.path("name").asString(""));
        }
        int added = 0;
        for (DemoTenants.Centre centre : tenant.centres()) {
            if (names.contains(centre.name())) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", centre.name());
            body.put("type", centre.type());
            body.put("rentsOutRooms", true);
            client.post(coreService("/api/v1/centres"), token, header, body)
                    .requireSuccess("Registering centre " + centre.name() + " in " + tenant.slug());
            added++;
        }
        return added;
    }

    private JsonClient.Response retryingUnavailable(Supplier<JsonClient.Response> call) {
        JsonClient.Response response = call.get();
        for (int attempt = 1; attempt < ATTEMPTS && response.status() == 503; attempt++) {
            try {
                Thread.sleep(Duration.ofSeconds(2L * attempt).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
            response = call.get();
        }
        return response;
    }

    private URI tenantService(String path) {
        return platform.serviceUrl(PlatformService.TENANT_SERVICE).resolve(path);
    }

    private URI coreService(String path) {
        return platform.serviceUrl(PlatformService.CORE_SERVICE).resolve(path);
    }
}
