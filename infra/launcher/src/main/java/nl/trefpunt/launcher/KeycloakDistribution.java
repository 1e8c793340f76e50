package nl.trefpunt.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak as Maven Central publishes it ({@code org.keycloak:keycloak-quarkus-dist:<v>:zip}),
 * unpacked once. The zip is taken from Maven's local repository (the launcher's build puts it
 * there), else downloaded once from Maven Central into a cache directory.
 */
final class KeycloakDistribution {

    private static final String CENTRAL = "https://repo.maven.apache.org/maven2";

    private KeycloakDistribution() {}

    /**
     * An unpacked distribution under {@code parent} for this run alone: Keycloak keeps its store
     * inside it, so two runs (two test suites in one checkout) must not share one. The first copy
     * nobody holds is locked until {@link Claimed#close}; a second copy is unpacked when needed.
     */
    static Claimed claim(String version, Path parent, Path cache, Progress progress) {
        try {
            Files.createDirectories(parent);
            for (int copy = 1; copy <= 5; copy++) {
                String name = "keycloak-" + version + (copy == 1 ? "" : "-" + copy);
                FileChannel channel = FileChannel.open(
                        parent.resolve(name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    channel.close();
                    continue;
                }
                try {
                    return new Claimed(install(version, parent.resolve(name), cache, progress), channel);
                } catch (RuntimeException e) {
                    channel.close();
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new StartFailed("Could not lock a Keycloak distribution under " + parent + ": " + e.getMessage(), e);
        }
        throw new StartFailed("Five Keycloak distributions under " + parent + " are in use by other runs");
    }

    /** A distribution held by this run; closing lets another run use it. */
    record Claimed(Path home, FileChannel lock) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            lock.close();
        }
    }

    /** The unpacked distribution at {@code home}, unpacking it first when needed. */
    private static Path install(String version, Path home, Path cache, Progress progress) {
        Path parent = home.getParent();
        if (Files.isRegularFile(home.resolve("lib/quarkus-run.jar"))) {
            return home;
        }
        Path zip = locate(version, cache, progress);
        progress.step("Unpacking Keycloak " + version + " into " + home);
        try {
            Files.createDirectories(parent);
            // Unpack beside the target and move it in place, so an interrupted unpack is never
            // mistaken for a complete distribution.
            Path staging = Files.createTempDirectory(parent, ".keycloak-unpacking-");
            try {
                unzip(zip, staging);
                Files.move(staging.resolve("keycloak-" + version), home, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteRecursively(staging);
            }
            try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh"))
                        .forEach(p -> p.toFile().setExecutable(true));
            }
            return home;
        } catch (IOException | UncheckedIOException e) {
            throw new StartFailed("Could not unpack Keycloak from " + zip + ": " + e.getMessage(), e);
        }
    }

    static Path locate(String version, Path cache, Progress progress) {
        String file = "keycloak-quarkus-dist-" + version + ".zip";
        List<Path> candidates = new ArrayList<>();
        setting("trefpunt.keycloak.zip", "TREFPUNT_KEYCLOAK_ZIP").map(Path::of).ifPresent(candidates::add);
        LauncherBuild.keycloakZip()
                .filter(p -> p.getFileName().toString().equals(file))
                .ifPresent(candidates::add);
        String localRepository = System.getProperty(
                "maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        candidates.add(Path.of(localRepository, "org", "keycloak", "keycloak-quarkus-dist", version, file));
        candidates.add(cache.resolve(file));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return download(version, cache.resolve(file), progress);
    }

    private static Path download(String version, Path target, Progress progress) {
        String base = setting("trefpunt.maven.repository", "TREFPUNT_MAVEN_REPOSITORY")
                .orElse(CENTRAL);
        String path = "/org/keycloak/keycloak-quarkus-dist/" + version + "/keycloak-quarkus-dist-" + version + ".zip";
        URI zip = URI.create(base + path);
        progress.step("Downloading Keycloak " + version + " from " + zip + " (about 180 MB, once)");
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            HttpResponse<Path> response =
                    http.send(HttpRequest.newBuilder(zip).GET().build(), HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() != 200) {
                throw new StartFailed("Downloading " + zip + " answered HTTP " + response.statusCode());
            }
            HttpResponse<String> sha1 = http.send(
                    HttpRequest.newBuilder(URI.create(zip + ".sha1")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String expected = sha1.body().trim().split("\\s+")[0];
            String actual = sha1(partial);
            if (sha1.statusCode() != 200 || !expected.equalsIgnoreCase(actual)) {
                Files.deleteIfExists(partial);
                throw new StartFailed("Checksum of " + zip + " does not match its .sha1 file; try again.");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new StartFailed(
                    "Could not download Keycloak from " + zip + ": " + e.getMessage()
                            + "\nOr put the zip there yourself: TREFPUNT_KEYCLOAK_ZIP=/path/to/keycloak-quarkus-dist-"
                            + version + ".zip",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartFailed("Interrupted while downloading Keycloak", e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toRealPath();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path destination = root.resolve(entry.getName()).normalize();
                if (!destination.startsWith(root)) {
                    throw new IOException("Zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String sha1(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static Optional<String> setting(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
