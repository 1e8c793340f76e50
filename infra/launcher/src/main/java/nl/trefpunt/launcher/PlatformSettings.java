package nl.trefpunt.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a start of the platform depends on. {@link #forProject} reads the defaults and the
 * person's overrides; tests change parts with the {@code with...} methods.
 *
 * @param projectDirectory the repository root: the services' jars and the realm file
 * @param dataDirectory PostgreSQL data, logs, run files, download cache ({@code .trefpunt})
 * @param keycloakParent where the Keycloak distribution is unpacked (its store lives inside it)
 * @param freshKeycloakStore forget Keycloak's store before starting (tests)
 * @param addresses the network addresses the gateway and Keycloak listen on (the services and
 *     PostgreSQL listen on the loopback address only)
 * @param javaOptions JVM options for the four services
 * @param startTimeout how long each part may take to become ready
 * @param serviceProperties extra Spring properties per service (tests)
 */
public record PlatformSettings(
        Path projectDirectory,
        Path dataDirectory,
        Path keycloakParent,
        boolean freshKeycloakStore,
        Ports ports,
        Addresses addresses,
        String gatewayClientSecret,
        String servicesClientSecret,
        List<String> javaOptions,
        Duration startTimeout,
        Map<PlatformService, Map<String, Object>> serviceProperties) {

    public static final String GATEWAY_CLIENT = "trefpunt-gateway";
    public static final String SERVICES_CLIENT = "trefpunt-services";

    public PlatformSettings {
        projectDirectory = projectDirectory.toAbsolutePath().normalize();
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
        keycloakParent = keycloakParent.toAbsolutePath().normalize();
        javaOptions = List.copyOf(javaOptions);
        Map<PlatformService, Map<String, Object>> copy = new EnumMap<>(PlatformService.class);
        serviceProperties.forEach((service, properties) -> copy.put(service, Map.copyOf(properties)));
        serviceProperties = copy;
    }

    /**
     * The defaults for a repository checkout, with overrides from system properties or environment
     * variables: ports ({@link Ports#fromEnvironment}), addresses ({@link Addresses#fromEnvironment}),
     * {@code TREFPUNT_DATA_DIR},
     * {@code TREFPUNT_JAVA_OPTS}, {@code TREFPUNT_GATEWAY_CLIENT_SECRET},
     * {@code TREFPUNT_SERVICES_CLIENT_SECRET}, {@code TREFPUNT_START_TIMEOUT} (seconds).
     */
    public static PlatformSettings forProject(Path projectDirectory) {
        Path data = setting("trefpunt.data.dir", "TREFPUNT_DATA_DIR")
                .map(Path::of)
                .orElse(projectDirectory.resolve(".trefpunt"));
        // Serial GC and a capped heap keep four JVMs comfortable on a laptop; the services do not
        // need more for the demo tenants.
        List<String> javaOptions = setting("trefpunt.java.opts", "TREFPUNT_JAVA_OPTS")
                .map(options -> Arrays.asList(options.trim().split("\\s+")))
                .orElse(List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        Duration timeout = setting("trefpunt.start.timeout", "TREFPUNT_START_TIMEOUT")
                .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds)))
                .orElse(Duration.ofMinutes(5));
        return new PlatformSettings(
                projectDirectory,
                data,
                data,
                false,
                Ports.fromEnvironment(),
                Addresses.fromEnvironment(),
                setting("trefpunt.gateway.client.secret", "TREFPUNT_GATEWAY_CLIENT_SECRET")
                        .orElse("trefpunt-gateway-dev-secret"),
                setting("trefpunt.services.client.secret", "TREFPUNT_SERVICES_CLIENT_SECRET")
                        .orElse("trefpunt-services-dev-secret"),
                javaOptions,
                timeout,
                Map.of());
    }

    /**
     * The repository root: {@code TREFPUNT_HOME}, else the nearest directory upwards from the
     * working directory that has {@code infra/keycloak} and a {@code pom.xml}.
     */
    public static Path findProjectDirectory() {
        var home = setting("trefpunt.home", "TREFPUNT_HOME");
        if (home.isPresent()) {
            return Path.of(home.get()).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("infra"))) {
                return dir;
            }
        }
        throw new StartFailed("Run this from the Trefpunt repository (or set TREFPUNT_HOME to it)");
    }

    public PlatformSettings withPorts(Ports ports) {
        return new PlatformSettings(
                projectDirectory,
                dataDirectory,
                keycloakParent,
                freshKeycloakStore,
                ports,
                addresses,
                gatewayClientSecret,
                servicesClientSecret,
                javaOptions,
                startTimeout,
                serviceProperties);
    }

    public PlatformSettings withAddresses(Addresses addresses) {
        return new PlatformSettings(
                projectDirectory,
                dataDirectory,
                keycloakParent,
                freshKeycloakStore,
                ports,
                addresses,
                gatewayClientSecret,
                servicesClientSecret,
                javaOptions,
                startTimeout,
                serviceProperties);
    }

    /** Another data directory; Keycloak is unpacked separately ({@code keycloakParent}) so tests can reuse it. */
    public PlatformSettings withDataDirectory(Path dataDirectory, Path keycloakParent, boolean freshKeycloakStore) {
        return new PlatformSettings(
                projectDirectory,
                dataDirectory,
                keycloakParent,
                freshKeycloakStore,
                ports,
                addresses,
                gatewayClientSecret,
                servicesClientSecret,
                javaOptions,
                startTimeout,
                serviceProperties);
    }

    public PlatformSettings withJavaOptions(List<String> javaOptions) {
        return new PlatformSettings(
                projectDirectory,
                dataDirectory,
                keycloakParent,
                freshKeycloakStore,
                ports,
                addresses,
                gatewayClientSecret,
                servicesClientSecret,
                javaOptions,
                startTimeout,
                serviceProperties);
    }

    public PlatformSettings withServiceProperty(PlatformService service, String name, Object value) {
        Map<PlatformService, Map<String, Object>> properties = new EnumMap<>(PlatformService.class);
        properties.putAll(serviceProperties);
        Map<String, Object> forService = new LinkedHashMap<>(properties.getOrDefault(service, Map.of()));
        forService.put(name, value);
        properties.put(service, forService);
        return new PlatformSettings(
                projectDirectory,
                dataDirectory,
                keycloakParent,
                freshKeycloakStore,
                ports,
                addresses,
                gatewayClientSecret,
                servicesClientSecret,
                javaOptions,
                startTimeout,
                properties);
    }

    Path realmFile() {
        return projectDirectory.resolve("infra/keycloak/trefpunt-realm.json");
    }

    /** The Trefpunt login theme, copied into Keycloak's {@code themes/} at every start. */
    Path keycloakTheme() {
        return projectDirectory.resolve("infra/keycloak/themes/trefpunt");
    }

    Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    Path runDirectory() {
        return dataDirectory.resolve("run");
    }

    Path postgresDirectory() {
        return dataDirectory.resolve("postgres");
    }

    Path cacheDirectory() {
        return dataDirectory.resolve("cache");
    }

    static java.util.Optional<String> setting(String property, String environment) {
        return KeycloakDistribution.setting(property, environment);
    }
}
