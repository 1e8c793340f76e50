package nl.trefpunt.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The whole platform on one machine: PostgreSQL, Keycloak, tenant-, core- and reservation-service
 * and the gateway. {@link #start} returns when every part answers; {@link #close} stops them in
 * reverse order. Used by the {@code ./trefpunt} command and by the end-to-end tests.
 */
public final class Platform implements AutoCloseable {

    private static final List<PlatformService> BACKEND_SERVICES =
            List.of(PlatformService.TENANT_SERVICE, PlatformService.CORE_SERVICE, PlatformService.RESERVATION_SERVICE);

    private final PlatformSettings settings;
    private final Progress progress;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<PlatformService, ChildProcess> services = new EnumMap<>(PlatformService.class);
    private FileChannel lockChannel;
    private FileLock lock;
    private PostgresServer postgres;
    private KeycloakServer keycloak;
    private volatile boolean closed;

    private Platform(PlatformSettings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Starts every part and waits until all answer; on failure stops what was started and throws. */
    public static Platform start(PlatformSettings settings, Progress progress) {
        Platform platform = new Platform(settings, progress);
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public PlatformSettings settings() {
        return settings;
    }

    /**
     * The address a person opens: {@code localhost} when the gateway listens on every interface or
     * the loopback address, else the one address it listens on.
     */
    public URI gatewayUrl() {
        String address = settings.addresses().gateway();
        String host = Addresses.reachableHost(address).equals(Addresses.LOOPBACK)
                ? "localhost"
                : Addresses.reachableHost(address);
        return URI.create("http://" + host + ":" + settings.ports().gateway());
    }

    /**
     * Where a part answers on this machine: the services on the loopback address, the gateway on
     * its own address (the loopback address when it listens on every interface).
     */
    public URI serviceUrl(PlatformService service) {
        String host = service == PlatformService.GATEWAY
                ? Addresses.reachableHost(settings.addresses().gateway())
                : Addresses.LOOPBACK;
        return URI.create("http://" + host + ":" + service.port(settings.ports()));
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** JDBC URL of a service's database (user and password {@code trefpunt}). */
    public String jdbcUrl(PlatformService service) {
        return postgres.jdbcUrl(service.database().orElseThrow());
    }

    /** A client-credentials token of the services' client: role platform-service. */
    public String serviceToken() {
        return keycloak.clientToken(PlatformSettings.SERVICES_CLIENT, settings.servicesClientSecret());
    }

    /** The parts that have stopped although nobody asked them to, by name with their log. */
    public synchronized List<String> stoppedUnexpectedly() {
        if (closed) {
            return List.of();
        }
        List<String> stopped = new ArrayList<>();
        if (keycloak != null && !keycloak.isAlive()) {
            stopped.add("Keycloak (log: " + relative(keycloak.logFile()) + ")");
        }
        services.forEach((service, child) -> {
            if (!child.isAlive()) {
                stopped.add(service.module() + " (log: " + relative(child.logFile()) + ")");
            }
        });
        return stopped;
    }

    public Path logFile(PlatformService service) {
        return settings.logDirectory().resolve(service.module() + ".log");
    }

    private void startAll() {
        String version = LauncherBuild.version();
        requireJars(version);
        takeRunLock();
        List<String> leftovers = ChildProcess.endLeftovers(settings.runDirectory());
        if (!leftovers.isEmpty()) {
            progress.step("Stopped processes left over from an earlier run: " + String.join(", ", leftovers));
        }
        settings.ports().requireAllFree();

        postgres = PostgresServer.start(
                settings.postgresDirectory(),
                settings.ports().postgres(),
                settings.logDirectory().resolve("postgres.log"));
        started.push(postgres);
        List<String> databases = BACKEND_SERVICES.stream()
                .map(service -> service.database().orElseThrow())
                .toList();
        postgres.ensureDatabases(databases);
        progress.step("PostgreSQL ready on port " + postgres.port() + " with databases " + String.join(", ", databases)
                + " (data in " + relative(settings.postgresDirectory()) + ")");

        String keycloakVersion = LauncherBuild.keycloakVersion();
        KeycloakDistribution.Claimed distribution = KeycloakDistribution.claim(
                keycloakVersion, settings.keycloakParent(), settings.cacheDirectory(), progress);
        started.push(distribution);
        keycloak = KeycloakServer.start(
                distribution.home(),
                settings.ports().keycloak(),
                settings.addresses().keycloak(),
                settings.realmFile(),
                settings.keycloakTheme(),
                settings.freshKeycloakStore(),
                settings.logDirectory().resolve("keycloak.log"),
                settings.runDirectory(),
                Map.of(
                        "TREFPUNT_GATEWAY_CLIENT_SECRET", settings.gatewayClientSecret(),
                        "TREFPUNT_SERVICES_CLIENT_SECRET", settings.servicesClientSecret()),
                progress);
        started.push(keycloak);
        progress.step("Keycloak " + keycloakVersion + " starting on " + keycloak.baseUrl() + " (log: "
                + relative(keycloak.logFile()) + ")");

        // Nothing needs Keycloak before the first token arrives (the services check tokens
        // lazily, the gateway spells out Keycloak's endpoints), so everything starts at once.
        for (PlatformService service : PlatformService.values()) {
            launch(service, version);
        }
        // One waiting thread per part: the common pool has a single thread on a 2-core machine.
        ExecutorService waiting = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "trefpunt-await");
            thread.setDaemon(true);
            return thread;
        });
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        ready.add(CompletableFuture.runAsync(
                () -> {
                    keycloak.awaitReady(settings.startTimeout());
                    // The realm file knows the default gateway port only; another one is added here.
                    keycloak.allowRedirectsTo(
                            PlatformSettings.GATEWAY_CLIENT, gatewayUrl().toString());
                    progress.step("Keycloak ready: realm " + KeycloakServer.REALM + " at " + keycloak.issuer());
                },
                waiting));
        for (PlatformService service : PlatformService.values()) {
            ready.add(CompletableFuture.runAsync(() -> awaitHealthy(service), waiting));
        }
        // Fail at the first part that fails, not after the others have finished waiting.
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        ready.forEach(part -> part.exceptionally(failure -> {
            firstFailure.completeExceptionally(failure);
            return null;
        }));
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)), firstFailure)
                    .join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } finally {
            waiting.shutdown();
        }
    }

    private synchronized void launch(PlatformService service, String version) {
        if (closed) {
            throw new StartFailed("Stopped while starting");
        }
        Path jar = runnableCopy(service.jar(settings.projectDirectory(), version));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.javaOptions());
        command.add("-jar");
        command.add(jar.toString());
        Map<String, String> environment = ServiceConfiguration.environment(service, settings, keycloak.baseUrl());
        try {
            ChildProcess child = ChildProcess.start(
                    service.module(),
                    command,
                    environment,
                    settings.projectDirectory(),
                    logFile(service),
                    settings.runDirectory());
            services.put(service, child);
            started.push(child);
            progress.step(service.module() + " starting on port " + service.port(settings.ports()) + " (log: "
                    + relative(child.logFile()) + ")");
        } catch (IOException e) {
            throw new StartFailed("Could not start " + service.module() + ": " + e.getMessage(), e);
        }
    }

    private void awaitHealthy(PlatformService service) {
        ChildProcess child;
        synchronized (this) {
            child = services.get(service);
        }
        child.awaitOk(serviceUrl(service).resolve("/actuator/health"), settings.startTimeout());
        progress.step(service.module() + " ready on " + serviceUrl(service));
    }

    /**
     * The service runs from a copy in the data directory, so a rebuild (./mvnw package in another
     * terminal) cannot replace the jar under a running JVM, which then fails on its next class
     * load. Copied again only when the built jar changed.
     */
    private Path runnableCopy(Path jar) {
        try {
            Path copy = settings.dataDirectory().resolve("jars").resolve(jar.getFileName());
            Files.createDirectories(copy.getParent());
            if (!Files.isRegularFile(copy)
                    || Files.size(copy) != Files.size(jar)
                    || !Files.getLastModifiedTime(copy).equals(Files.getLastModifiedTime(jar))) {
                Path partial = copy.resolveSibling(copy.getFileName() + ".part");
                Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return copy;
        } catch (IOException e) {
            throw new StartFailed(
                    "Could not copy " + jar + " into " + settings.dataDirectory() + ": " + e.getMessage(), e);
        }
    }

    private void requireJars(String version) {
        List<String> missing = new ArrayList<>();
        for (PlatformService service : PlatformService.values()) {
            Path jar = service.jar(settings.projectDirectory(), version);
            if (!Files.isRegularFile(jar)) {
                missing.add("  " + jar);
            }
        }
        if (!missing.isEmpty()) {
            throw new StartFailed("These jars are missing:\n" + String.join("\n", missing)
                    + "\nBuild them first: ./mvnw -DskipTests install (./trefpunt does this for you)");
        }
    }

    /** One platform per data directory: a second launcher on the same data would corrupt it. */
    private void takeRunLock() {
        try {
            Files.createDirectories(settings.runDirectory());
            Path lockFile = settings.runDirectory().resolve("launcher.lock");
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new StartFailed("Trefpunt is already running with data in " + settings.dataDirectory()
                    + " (stop it with Ctrl-C in its terminal first)");
        }
    }

    private String relative(Path path) {
        Path project = settings.projectDirectory();
        return path.startsWith(project) ? project.relativize(path).toString() : path.toString();
    }

    /** Stops everything that was started, the gateway first and PostgreSQL last. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("Could not stop " + part + ": " + e.getMessage());
            }
        }
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
