package nl.trefpunt.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real Keycloak server from its distribution, in development mode ({@code start-dev}): it keeps
 * its own store (H2 files under the distribution's {@code data/h2}) and imports the Trefpunt realm
 * from {@code infra/keycloak/trefpunt-realm.json} when the realm does not exist yet.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "trefpunt";
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private final ChildProcess process;
    private final URI baseUrl;
    private final JsonClient client = new JsonClient();

    private KeycloakServer(ChildProcess process, URI baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts Keycloak; returns before it is ready ({@link #awaitReady}) so other parts can start
     * meanwhile.
     *
     * @param address the network address Keycloak listens on ({@link Addresses#keycloak()})
     * @param theme the Trefpunt login theme ({@code infra/keycloak/themes/trefpunt}), copied into
     *     the distribution's {@code themes/} so the realm's {@code loginTheme} finds it
     * @param freshStore forget everything Keycloak stored before (tests), so the realm is imported
     *     from the file again
     */
    static KeycloakServer start(
            Path home,
            int port,
            String address,
            Path realmFile,
            Path theme,
            boolean freshStore,
            Path logFile,
            Path runDirectory,
            Map<String, String> environment,
            Progress progress) {
        try {
            Path store = home.resolve("data/h2");
            if (freshStore) {
                KeycloakDistribution.deleteRecursively(store);
            }
            importOnFirstStart(home, realmFile, store, progress);
            installTheme(home, theme);
            boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
            Map<String, String> env = new LinkedHashMap<>(environment);
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            // Keycloak runs on the JDK that runs the launcher.
            env.put("JAVA_HOME", System.getProperty("java.home"));
            ChildProcess process = ChildProcess.start(
                    "keycloak", command(home, port, address, windows), env, home, logFile, runDirectory);
            return new KeycloakServer(process, URI.create("http://localhost:" + port));
        } catch (IOException e) {
            throw new StartFailed("Could not start Keycloak from " + home + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keycloak's command line: development mode on {@code address}:{@code port}, importing the
     * realm. Keycloak answers browsers at {@code http://localhost:<port>} (its issuer), so a
     * loopback address keeps it usable from this machine while nothing elsewhere reaches its admin
     * console.
     */
    static List<String> command(Path home, int port, String address, boolean windows) {
        return List.of(
                home.resolve("bin").resolve(windows ? "kc.bat" : "kc.sh").toString(),
                "start-dev",
                "--http-host=" + address,
                "--http-port=" + port,
                "--import-realm");
    }

    void awaitReady(Duration timeout) {
        process.awaitOk(issuer().resolve(issuer().getPath() + "/.well-known/openid-configuration"), timeout);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** The issuer of the Trefpunt realm's tokens, as services are told to expect it. */
    public URI issuer() {
        return issuer(baseUrl);
    }

    static URI issuer(URI baseUrl) {
        return baseUrl.resolve("/realms/" + REALM);
    }

    public URI tokenEndpoint() {
        return baseUrl.resolve("/realms/" + REALM + "/protocol/openid-connect/token");
    }

    /** An access token for a confidential client by itself (client-credentials grant). */
    public String clientToken(String clientId, String secret) {
        return accessToken(
                tokenEndpoint(),
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** An access token of the master realm's bootstrap admin, for Keycloak's admin API. */
    public String adminToken() {
        return accessToken(
                baseUrl.resolve("/realms/master/protocol/openid-connect/token"),
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        ADMIN_USER,
                        "password",
                        ADMIN_PASSWORD));
    }

    /**
     * Lets the browser client return to a gateway on {@code origin}: the realm file registers the
     * default port; another gateway port (chosen by a person or a test) is added here, once.
     */
    void allowRedirectsTo(String clientId, String origin) {
        String admin = adminToken();
        URI clients = baseUrl.resolve("/admin/realms/" + REALM + "/clients?clientId=" + clientId);
        JsonNode found = client.get(clients, admin, Map.of())
                .requireSuccess("Looking up client " + clientId)
                .body();
        if (!found.isArray() || found.isEmpty()) {
            throw new StartFailed(
                    "Realm " + REALM + " has no client " + clientId + "; check infra/keycloak/trefpunt-realm.json");
        }
        ObjectNode representation = (ObjectNode) found.get(0);
        boolean changed = addTo(representation, "redirectUris", origin + "/*");
        changed |= addTo(representation, "webOrigins", origin);
        ObjectNode attributes = representation.has("attributes")
                ? (ObjectNode) representation.get("attributes")
                : representation.putObject("attributes");
        Set<String> logoutTargets = new LinkedHashSet<>();
        String current = attributes.path("post.logout.redirect.uris").asString("");
        for (String uri : current.split("##")) {
            if (!uri.isBlank()) {
                logoutTargets.add(uri);
            }
        }
        if (!logoutTargets.contains("+") && logoutTargets.add(origin + "/*")) {
            attributes.put("post.logout.redirect.uris", String.join("##", logoutTargets));
            changed = true;
        }
        if (changed) {
            URI update = baseUrl.resolve("/admin/realms/" + REALM + "/clients/"
                    + representation.get("id").asString());
            client.put(update, admin, Map.of(), representation).requireSuccess("Updating client " + clientId);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path logFile() {
        return process.logFile();
    }

    @Override
    public void close() {
        process.close();
    }

    private String accessToken(URI endpoint, Map<String, String> form) {
        JsonClient.Response response = client.postForm(endpoint, form);
        if (!response.isSuccess() || !response.body().has("access_token")) {
            throw new StartFailed(
                    "Keycloak refused a token at " + endpoint + ": HTTP " + response.status() + " " + response.text());
        }
        return response.body().get("access_token").asString();
    }

    private static boolean addTo(ObjectNode representation, String field, String value) {
        ArrayNode values =
                representation.has(field) && representation.get(field).isArray()
                        ? (ArrayNode) representation.get(field)
                        : representation.putArray(field);
        for (JsonNode existing : values) {
            if (existing.asString().equals(value)
                    || existing.asString().equals("*")
                    || existing.asString().equals("+")) {
                return false;
            }
        }
        values.add(value);
        return true;
    }

    /**
     * Keycloak imports a realm only when it does not exist yet: the file is copied in on every
     * start, but a changed file does not change a realm already in the store. Say so, instead of
     * letting a person wonder why an edit has no effect.
     */
    private static void importOnFirstStart(Path home, Path realmFile, Path store, Progress progress)
            throws IOException {
        if (!Files.isRegularFile(realmFile)) {
            throw new StartFailed("Realm file " + realmFile + " is missing");
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Path fingerprint = home.resolve("data/trefpunt-realm.sha256");
        String now = sha256(realmFile);
        if (!Files.isDirectory(store)) {
            Files.writeString(fingerprint, now);
        } else if (Files.isRegularFile(fingerprint)
                && !Files.readString(fingerprint).trim().equals(now)) {
            progress.step("NOTE: " + realmFile.getFileName() + " changed since Keycloak's store was created;"
                    + " Keycloak keeps the realm it has. `./trefpunt reset` starts from clean data.");
        }
    }

    /**
     * Copies the login theme into the distribution's {@code themes/} (replacing an older copy), where
     * Keycloak finds folder themes without a rebuild; in development mode it does not cache them,
     * so an edited theme shows on the next page load after a restart of the launcher.
     */
    static void installTheme(Path home, Path theme) throws IOException {
        if (!Files.isRegularFile(theme.resolve("login/theme.properties"))) {
            throw new StartFailed("Login theme " + theme + " is missing (login/theme.properties)");
        }
        Path target = home.resolve("themes").resolve(theme.getFileName());
        KeycloakDistribution.deleteRecursively(target);
        try (Stream<Path> files = Files.walk(theme)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(theme.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
