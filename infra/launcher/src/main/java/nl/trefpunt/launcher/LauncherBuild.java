package nl.trefpunt.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What the launcher's build recorded: versions and where Maven put the Keycloak zip. */
final class LauncherBuild {

    private static final Map<String, String> values = read();

    private LauncherBuild() {}

    static String version() {
        return values.getOrDefault("version", "dev");
    }

    static String keycloakVersion() {
        String version = values.get("keycloak.version");
        if (version == null || version.startsWith("@")) {
            throw new IllegalStateException("launcher.properties was not filtered by the build");
        }
        return version;
    }

    static Optional<Path> keycloakZip() {
        String zip = values.get("keycloak.zip");
        return zip == null || zip.startsWith("@") ? Optional.empty() : Optional.of(Path.of(zip));
    }

    // Read line by line rather than with java.util.Properties, which would eat the backslashes
    // of a Windows path.
    private static Map<String, String> read() {
        Map<String, String> values = new HashMap<>();
        try (InputStream in = LauncherBuild.class.getResourceAsStream("launcher.properties")) {
            if (in == null) {
                return values;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0) {
                    values.put(
                            line.substring(0, equals).trim(),
                            line.substring(equals + 1).trim());
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
