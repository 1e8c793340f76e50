package nl.trefpunt.launcher;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The network addresses the platform's parts listen on. The gateway is the platform's one door:
 * it checks the tenant, the token, sizes and rates, so by default it listens on every interface.
 * tenant-, core- and reservation-service and PostgreSQL listen on the loopback address only,
 * always: reached from another machine they would bypass the gateway's checks. Keycloak listens on
 * the loopback address by default too — its admin console has the demo password {@code admin} —
 * and can be opened with {@code TREFPUNT_KEYCLOAK_ADDRESS} where a browser elsewhere must log in.
 *
 * @param gateway the gateway's address: {@code TREFPUNT_GATEWAY_ADDRESS} ({@code 0.0.0.0}, all
 *     interfaces; {@code 127.0.0.1} keeps it on this machine)
 * @param keycloak Keycloak's address: {@code TREFPUNT_KEYCLOAK_ADDRESS} ({@code 127.0.0.1})
 */
public record Addresses(String gateway, String keycloak) {

    /** Where the services and PostgreSQL listen, and how the parts reach each other. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Every interface of the machine. */
    public static final String ALL_INTERFACES = "0.0.0.0";

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public Addresses {
        gateway = ipLiteral("gateway", gateway);
        keycloak = ipLiteral("keycloak", keycloak);
    }

    public static Addresses defaults() {
        return new Addresses(ALL_INTERFACES, LOOPBACK);
    }

    /** Nothing reachable from another machine, for tests. */
    public static Addresses loopbackOnly() {
        return new Addresses(LOOPBACK, LOOPBACK);
    }

    /** The defaults, each overridden by its system property or environment variable when set. */
    public static Addresses fromEnvironment() {
        return fromEnvironment(name -> PlatformSettings.setting(
                        "trefpunt." + name + ".address", "TREFPUNT_" + name.toUpperCase() + "_ADDRESS")
                .orElse(null));
    }

    static Addresses fromEnvironment(Function<String, String> lookup) {
        Addresses defaults = defaults();
        return new Addresses(
                valueOr(lookup.apply("gateway"), defaults.gateway()),
                valueOr(lookup.apply("keycloak"), defaults.keycloak()));
    }

    /**
     * The host the launcher itself uses to reach a part listening on {@code address}: the
     * loopback address when the part listens on every interface, else that address.
     */
    static String reachableHost(String address) {
        String host = isWildcard(address) ? LOOPBACK : address;
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** Whether a part listening here can be reached from other machines. */
    static boolean reachableFromOutside(String address) {
        try {
            return !InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isWildcard(String address) {
        return address.equals(ALL_INTERFACES) || address.equals("::") || address.equals("[::]");
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** An IP address as written, never a host name: a name would need a DNS lookup, and could mean several interfaces. */
    private static String ipLiteral(String part, String value) {
        String address = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        if (!IP_LITERAL.matcher(address).matches()) {
            throw new IllegalArgumentException("Address for " + part + " is not an IP address: " + value
                    + " (use e.g. 127.0.0.1 for this machine only, 0.0.0.0 for every interface)");
        }
        try {
            InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Address for " + part + " is not an IP address: " + value, e);
        }
        return address;
    }
}
