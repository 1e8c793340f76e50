package nl.trefpunt.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.trefpunt.launcher.DemoData;
import nl.trefpunt.launcher.Platform;
import nl.trefpunt.launcher.PlatformSettings;
import nl.trefpunt.launcher.Ports;
import nl.trefpunt.launcher.Progress;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole platform, started once for all end-to-end tests of a run (JUnit's root store closes it
 * after the last one): PostgreSQL in {@code infra/e2e/target/platform}, a real Keycloak from Maven Central
 * with a fresh store, the four services from their Boot jars, all on free ports, and the demo
 * tenants seeded through the services' APIs. Test classes ask for it as a parameter.
 */
public final class TrefpuntPlatform implements ParameterResolver {

    /** What the tests get: the running platform and what the first seeding did. */
    public record Started(Platform platform, DemoData.Seeded seeded) implements AutoCloseable {

        @Override
        public void close() {
            platform.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Started.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension
                .getRoot()
                .getStore(ExtensionContext.Namespace.create(TrefpuntPlatform.class))
                .computeIfAbsent(Startup.class, key -> Startup.attempt(), Startup.class)
                .started();
    }

    /**
     * One attempt per run: when the platform does not start, every test class fails with that
     * first cause instead of trying (and waiting) again.
     */
    private record Startup(Started platform, RuntimeException failure) implements AutoCloseable {

        static Startup attempt() {
            try {
                return new Startup(start(), null);
            } catch (RuntimeException e) {
                return new Startup(null, e);
            }
        }

        Started started() {
            if (failure != null) {
                throw new IllegalStateException("The platform did not start: " + failure.getMessage(), failure);
            }
            return platform;
        }

        @Override
        public void close() {
            if (platform != null) {
                platform.close();
            }
        }
    }

    private static Started start() {
        Path project = projectDirectory();
        try {
            Path data = dataDirectory();
            // Keycloak's unpacked distribution is kept between runs (unpacking and its first
            // build take a minute); its store is emptied so the realm is imported afresh.
            PlatformSettings settings = PlatformSettings.forProject(project)
                    .withPorts(Ports.free())
                    .withDataDirectory(data, project.resolve(".trefpunt/e2e"), true);
            Progress progress = Progress.console(System.out);
            progress.step("End-to-end tests: starting the platform (data in " + data + ")");
            Platform platform = Platform.start(settings, progress);
            // Should the test JVM be ended early (Ctrl-C in Maven, a fork timeout), the platform's
            // processes must not outlive it; close() is idempotent, so the normal end is unaffected.
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "trefpunt-e2e-stop"));
            try {
                DemoData.Seeded seeded = new DemoData(platform, progress).seed();
                return new Started(platform, seeded);
            } catch (RuntimeException e) {
                platform.close();
                throw e;
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not create a data directory for the platform", e);
        }
    }

    /** Emptied before the run and kept after it, so the parts' logs can be read after a failure. */
    private static Path dataDirectory() throws IOException {
        String configured = System.getProperty("trefpunt.e2e.data.dir");
        Path data = configured != null
                ? Path.of(configured).toAbsolutePath().normalize()
                : Files.createTempDirectory("trefpunt-e2e-");
        if (Files.exists(data)) {
            try (Stream<Path> paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    if (!path.equals(data)) {
                        Files.delete(path);
                    }
                }
            }
        }
        return Files.createDirectories(data);
    }

    private static Path projectDirectory() {
        String configured = System.getProperty("trefpunt.project.dir");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return PlatformSettings.findProjectDirectory();
    }
}
