package nl.trefpunt.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The {@code ./trefpunt} command: starts the whole platform with demo data and keeps it running
 * until Ctrl-C.
 */
public final class Trefpunt {

    private Trefpunt() {}

    public static void main(String[] args) {
        String command = args.length == 0 ? "start" : args[0];
        int status = switch (command) {
            case "start" -> start(System.out);
            case "reset" -> reset(System.out);
            case "help", "-h", "--help" -> help(System.out, 0);
            default -> help(System.err, 2);
        };
        if (status != 0) {
            System.exit(status);
        }
    }

    private static int start(PrintStream out) {
        PlatformSettings settings;
        try {
            settings = PlatformSettings.forProject(PlatformSettings.findProjectDirectory());
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        Progress progress = Progress.console(out);
        progress.step("Starting Trefpunt " + LauncherBuild.version() + " from " + settings.projectDirectory());
        AtomicReference<Platform> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Platform platform = running.get();
            if (platform != null) {
                progress.step("Stopping: gateway, services, Keycloak, PostgreSQL ...");
                platform.close();
                progress.step("Trefpunt stopped.");
            }
            stopped.countDown();
        }));
        try {
            Platform platform = Platform.start(settings, progress);
            running.set(platform);
            List<DemoData.Login> logins =
                    new DemoData(platform, progress).seed().logins();
            out.println();
            out.println(Summary.of(platform, logins));
            watch(platform, progress, stopped);
            stopped.await();
            return 0;
        } catch (StartFailed | Ports.PortsTaken e) {
            System.err.println();
            System.err.println("Trefpunt did not start: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Says so when a part stops by itself while the platform runs (a crash, an out-of-memory). */
    private static void watch(Platform platform, Progress progress, CountDownLatch stopped) {
        Thread watcher = new Thread(
                () -> {
                    Set<String> reported = new HashSet<>();
                    try {
                        while (!stopped.await(5, TimeUnit.SECONDS)) {
                            for (String part : platform.stoppedUnexpectedly()) {
                                if (reported.add(part)) {
                                    progress.step("WARNING: " + part + " has stopped; Ctrl-C and start again");
                                }
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "trefpunt-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Forgets the platform's data (databases, Keycloak's store, logs); keeps downloads. */
    private static int reset(PrintStream out) {
        PlatformSettings settings = PlatformSettings.forProject(PlatformSettings.findProjectDirectory());
        Path data = settings.dataDirectory();
        try {
            Path lock = settings.runDirectory().resolve("launcher.lock");
            if (Files.exists(lock)) {
                try (var channel = java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.WRITE);
                        var held = channel.tryLock()) {
                    if (held == null) {
                        System.err.println("Trefpunt is running; stop it (Ctrl-C) before resetting.");
                        return 1;
                    }
                }
            }
            KeycloakDistribution.deleteRecursively(settings.postgresDirectory());
            KeycloakDistribution.deleteRecursively(settings.logDirectory());
            if (Files.isDirectory(settings.keycloakParent())) {
                try (Stream<Path> dirs = Files.list(settings.keycloakParent())) {
                    List<Path> distributions = dirs.filter(Files::isDirectory)
                            .filter(d -> d.getFileName().toString().startsWith("keycloak-"))
                            .toList();
                    for (Path keycloak : distributions) {
                        KeycloakDistribution.deleteRecursively(keycloak.resolve("data"));
                    }
                }
            }
            out.println("Removed the databases, Keycloak's store and the logs under " + data
                    + ". The next start creates the demo data again.");
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not reset " + data + ": " + e.getMessage());
            return 1;
        }
    }

    private static int help(PrintStream out, int status) {
        out.println("""
                Launcher: java -jar infra/launcher/target/launcher-<version>-exec.jar [start|reset|help]
                  start  start PostgreSQL, Keycloak, the services and the gateway from the built jars,
                         add the demo tenants, and run until Ctrl-C
                  reset  forget all data (databases, Keycloak users, logs) so the next start begins clean
                Ports: TREFPUNT_GATEWAY_PORT (8080), TREFPUNT_TENANT_SERVICE_PORT (8081),
                  TREFPUNT_CORE_SERVICE_PORT (8082), TREFPUNT_RESERVATION_SERVICE_PORT (8083),
                  TREFPUNT_KEYCLOAK_PORT (8180), TREFPUNT_POSTGRES_PORT (5433)
                Addresses: TREFPUNT_GATEWAY_ADDRESS (0.0.0.0: every interface; 127.0.0.1: this machine only),
                  TREFPUNT_KEYCLOAK_ADDRESS (127.0.0.1; 0.0.0.0 also exposes Keycloak's admin console).
                  The services and PostgreSQL always listen on 127.0.0.1 only.
                Other: TREFPUNT_DATA_DIR (.trefpunt), TREFPUNT_JAVA_OPTS, TREFPUNT_START_TIMEOUT (seconds),
                  TREFPUNT_GATEWAY_CLIENT_SECRET, TREFPUNT_SERVICES_CLIENT_SECRET, TREFPUNT_KEYCLOAK_ZIP""");
        return status;
    }
}
