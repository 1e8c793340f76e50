package nl.trefpunt.platform.test.fuzz;

import java.util.ArrayList;
import java.util.List;
import nl.trefpunt.platform.test.TestTokens;

/**
 * Who sends a fuzzed request: a token (or none) and the tenant header(s) the gateway would set.
 * Reports name the caller by {@link #description()}, never by its token.
 *
 * @param description what a report calls this caller, e.g. "member of arnhem with role hirer"
 * @param token the bearer token, or {@code null} for none
 * @param organization the tenant whose organization the token names, or {@code null}
 * @param tenantHeaders values of {@code Trefpunt-Tenant}, one per header line (none, one or more)
 * @param authenticated whether the token is valid; a request without one must never succeed
 * @param crossTenant whether the token may enter every tenant (platform admin, service account)
 */
public record Caller(
        String description,
        String token,
        String organization,
        List<String> tenantHeaders,
        boolean authenticated,
        boolean crossTenant) {

    /** Long enough for any fuzz run, so a slow CI machine never sees tokens expire half-way. */
    private static final long LIFETIME_SECONDS = 3_600;

    public Caller {
        tenantHeaders = List.copyOf(tenantHeaders);
    }

    /** A person in {@code tenant}'s organization with one realm role, sending that tenant. */
    public static Caller member(String tenant, String role) {
        return new Caller(
                "member of " + tenant + " with role " + role,
                TestTokens.token("fuzz-" + tenant + "-" + role, List.of(tenant), List.of(role), LIFETIME_SECONDS),
                tenant,
                List.of(tenant),
                true,
                false);
    }

    /** A platform administrator, sending {@code tenant}. */
    public static Caller platformAdmin(String tenant) {
        return new Caller(
                "platform-admin",
                TestTokens.token("fuzz-platform-admin", List.of(), List.of("platform-admin"), LIFETIME_SECONDS),
                null,
                List.of(tenant),
                true,
                true);
    }

    /** Another Trefpunt service (client credentials), sending {@code tenant}. */
    public static Caller service(String tenant) {
        return new Caller(
                "service account",
                TestTokens.token(
                        "service-account-trefpunt-services", List.of(), List.of("platform-service"), LIFETIME_SECONDS),
                null,
                List.of(tenant),
                true,
                true);
    }

    /** No token at all. */
    public static Caller anonymous(String tenant) {
        return new Caller("no token", null, null, List.of(tenant), false, false);
    }

    /** A member's token that expired ten minutes ago (beyond any clock-skew allowance). */
    public static Caller expired(String tenant, String role) {
        return new Caller(
                "expired token of a member of " + tenant + " with role " + role,
                TestTokens.token("fuzz-expired", List.of(tenant), List.of(role), -600),
                tenant,
                List.of(tenant),
                false,
                false);
    }

    /** A member's token whose signature does not belong to it. */
    public static Caller forged(String tenant, String role) {
        String token =
                TestTokens.token("fuzz-forged", List.of(tenant), List.of(role, "platform-admin"), LIFETIME_SECONDS);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String flipped = new StringBuilder(signature).reverse().toString();
        return new Caller(
                "token of a member of " + tenant + " with a forged signature",
                token.substring(0, token.lastIndexOf('.') + 1) + flipped,
                tenant,
                List.of(tenant),
                false,
                false);
    }

    /** The same token with other tenant headers: none, another tenant's, or several. */
    public Caller sending(String... tenants) {
        String headers = tenants.length == 0 ? "no tenant header" : "tenant header " + String.join(" + ", tenants);
        return new Caller(
                description + ", " + headers, token, organization, List.of(tenants), authenticated, crossTenant);
    }

    /**
     * Everyone who might call a service of {@code home}: each role of a member, the platform admin,
     * a service account, no token, a bad token, a member of {@code foreign} claiming {@code home},
     * and a member of {@code home} claiming {@code foreign} or no tenant.
     */
    public static List<Caller> everyoneOf(String home, String foreign) {
        List<Caller> callers = new ArrayList<>();
        for (String role :
                List.of("municipality-admin", "municipality-staff", "backoffice-staff", "centre-manager", "hirer")) {
            callers.add(member(home, role));
        }
        callers.add(member(home, "municipality-admin")); // the most powerful member: twice as often
        callers.add(platformAdmin(home));
        callers.add(service(home));
        callers.add(anonymous(home));
        callers.add(expired(home, "municipality-admin"));
        callers.add(forged(home, "hirer"));
        callers.add(member(foreign, "municipality-admin").sending(home));
        callers.add(member(home, "municipality-admin").sending(foreign));
        callers.add(member(home, "municipality-admin").sending());
        callers.add(member(home, "hirer").sending(home, foreign));
        return List.copyOf(callers);
    }

    /** Whether this caller may see data of {@code tenant} (a cross-tenant token only if allowed). */
    boolean mayEnter(String tenant, boolean crossTenantSeesEverything) {
        if (crossTenant) {
            return crossTenantSeesEverything;
        }
        return authenticated && tenant.equals(organization);
    }

    @Override
    public String toString() {
        return description;
    }
}
