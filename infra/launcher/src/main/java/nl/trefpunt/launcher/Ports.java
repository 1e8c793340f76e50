package nl.trefpunt.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The TCP ports of one running platform. The defaults are the team's agreed ports; each can be
 * changed with a system property ({@code -Dtrefpunt.gateway.port=9080}) or an environment variable
 * ({@code TREFPUNT_GATEWAY_PORT=9080}).
 */
public record Ports(
        int gateway, int tenantService, int coreService, int reservationService, int keycloak, int postgres) {

    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 8083, 8180, 5433);
    }

    /** The defaults, each overridden by its system property or environment variable when set. */
    public static Ports fromEnvironment() {
        return fromEnvironment(name -> {
            String property = System.getProperty("trefpunt." + name.replace('_', '-') + ".port");
            if (property != null) {
                return property;
            }
            return System.getenv("TREFPUNT_" + name.toUpperCase().replace('-', '_') + "_PORT");
        });
    }

    static Ports fromEnvironment(Function<String, String> lookup) {
        Ports defaults = defaults();
        return new Ports(
                port(lookup, "gateway", defaults.gateway()),
                port(lookup, "tenant_service", defaults.tenantService()),
                port(lookup, "core_service", defaults.coreService()),
                port(lookup, "reservation_service", defaults.reservationService()),
                port(lookup, "keycloak", defaults.keycloak()),
                port(lookup, "postgres", defaults.postgres()));
    }

    /**
     * Ports nobody listens on right now, for tests that run beside a started platform. Chosen
     * below the system's ephemeral range: a port from that range (what binding port 0 gives) can
     * be taken by any outgoing connection in the minute before Keycloak gets to bind it.
     */
    public static Ports free() {
        int[] range = ephemeralRange();
        List<Integer> chosen = new ArrayList<>();
        Random random = new Random();
        for (int attempt = 0; chosen.size() < 6 && attempt < 10_000; attempt++) {
            int port = 10_000 + random.nextInt(range[0] - 10_000);
            if (!chosen.contains(port) && isFree(port)) {
                chosen.add(port);
            }
        }
        if (chosen.size() < 6) {
            throw new IllegalStateException("Could not find six free ports between 10000 and " + range[0]);
        }
        return new Ports(chosen.get(0), chosen.get(1), chosen.get(2), chosen.get(3), chosen.get(4), chosen.get(5));
    }

    /**
     * The ephemeral port range: Linux publishes it; elsewhere the IANA range is assumed. (Read by
     * lines: Files.readString returns a truncated value for this procfs file on JDK 17.)
     */
    static int[] ephemeralRange() {
        try {
            String[] range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                    .get(0)
                    .trim()
                    .split("\\s+");
            return new int[] {Math.max(Integer.parseInt(range[0]), 20_000), Integer.parseInt(range[1])};
        } catch (IOException | RuntimeException e) {
            return new int[] {49_152, 65_535};
        }
    }

    /** Each port by what uses it, in start order. */
    public Map<String, Integer> byUser() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL (TREFPUNT_POSTGRES_PORT)", postgres);
        ports.put("Keycloak (TREFPUNT_KEYCLOAK_PORT)", keycloak);
        ports.put("tenant-service (TREFPUNT_TENANT_SERVICE_PORT)", tenantService);
        ports.put("core-service (TREFPUNT_CORE_SERVICE_PORT)", coreService);
        ports.put("reservation-service (TREFPUNT_RESERVATION_SERVICE_PORT)", reservationService);
        ports.put("gateway (TREFPUNT_GATEWAY_PORT)", gateway);
        return ports;
    }

    /**
     * Fails with one message naming every port that is taken, so a person can fix them all at
     * once instead of meeting them one start-up at a time.
     */
    public void requireAllFree() {
        List<String> taken = new ArrayList<>();
        byUser().forEach((user, port) -> {
            if (!isFree(port)) {
                taken.add("  port " + port + " for " + user);
            }
        });
        if (!taken.isEmpty()) {
            throw new PortsTaken("These ports are already in use:\n" + String.join("\n", taken)
                    + "\nStop what uses them (is Trefpunt already running?) or choose other ports,"
                    + " e.g. TREFPUNT_GATEWAY_PORT=9080 ./trefpunt");
        }
    }

    static boolean isFree(int port) {
        // Bind like the servers will: on the wildcard address, so a listener on any interface
        // counts, and with SO_REUSEADDR, so connections of a just-stopped run (TIME_WAIT) do not.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port), 1);
        } catch (IOException e) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int port(Function<String, String> lookup, String name, int fallback) {
        String value = lookup.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Port for " + name + " is not a port number: " + value);
        }
    }

    /** Some of the ports the platform needs are in use. */
    public static final class PortsTaken extends RuntimeException {
        PortsTaken(String message) {
            super(message);
        }
    }
}
