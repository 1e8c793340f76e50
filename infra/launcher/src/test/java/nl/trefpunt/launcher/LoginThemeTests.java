package nl.trefpunt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The Trefpunt login theme in {@code infra/keycloak/themes/trefpunt}: the realm asks for it, it
 * builds on a theme Keycloak has, it speaks Dutch and English alike, and the launcher puts it
 * where Keycloak looks. (That it passes axe in a browser is infra/e2e's KeycloakLoginPageIT.)
 */
class LoginThemeTests {

    private static final Path PROJECT = PlatformSettings.findProjectDirectory();
    private static final Path THEME = PROJECT.resolve("infra/keycloak/themes/trefpunt");

    @Test
    void theRealmUsesTheThemeInDutchFirstAndEnglish() throws IOException {
        JsonNode realm =
                JsonClient.json.readTree(Files.readString(PROJECT.resolve("infra/keycloak/trefpunt-realm.json")));

        assertThat(realm.get("loginTheme").asString())
                .isEqualTo(THEME.getFileName().toString());
        assertThat(realm.get("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(realm.get("supportedLocales").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("nl", "en");
        assertThat(realm.get("defaultLocale").asString()).isEqualTo("nl");
    }

    @Test
    void dutchAndEnglishHaveTheSameTexts() throws IOException {
        Properties dutch = bundle("nl");
        Properties english = bundle("en");

        assertThat(dutch.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(dutch.getProperty("loginAccountTitle")).isEqualTo("Inloggen bij Trefpunt");
        assertThat(english.getProperty("loginAccountTitle")).isEqualTo("Sign in to Trefpunt");
    }

    /**
     * A wrong username, a wrong password and an account that is disabled or locked get one answer;
     * so do a taken username and a taken e-mail address at registration.
     */
    @Test
    void noTextTellsWhetherAnAccountExists() throws IOException {
        for (String language : Set.of("nl", "en")) {
            Properties texts = bundle(language);
            String wrongLogin = texts.getProperty("invalidUserMessage");
            assertThat(Stream.of(
                                    "invalidUsernameMessage",
                                    "invalidUsernameOrEmailMessage",
                                    "invalidPasswordMessage",
                                    "accountDisabledMessage",
                                    "accountTemporarilyDisabledMessage",
                                    "accountPermanentlyDisabledMessage")
                            .map(texts::getProperty))
                    .as(language)
                    .containsOnly(wrongLogin);
            assertThat(texts.getProperty("usernameExistsMessage"))
                    .as(language)
                    .isEqualTo(texts.getProperty("emailExistsMessage"));
            assertThat(texts.getProperty("notMemberOfOrganization"))
                    .as(language)
                    .isEqualTo(texts.getProperty("notMemberOfAnyOrganization"))
                    .doesNotContain("{0}");
        }
    }

    @Test
    void buildsOnALoginThemeOfTheKeycloakItRunsOn() throws IOException {
        Properties theme = new Properties();
        try (InputStream in = Files.newInputStream(THEME.resolve("login/theme.properties"))) {
            theme.load(in);
        }
        Path zip = LauncherBuild.keycloakZip().orElse(null);
        assumeTrue(zip != null && Files.isRegularFile(zip), "the Keycloak distribution is not in the local repository");

        JsonNode builtIn = keycloakThemes(zip, LauncherBuild.keycloakVersion());

        assertThat(builtIn.get("themes")
                        .valueStream()
                        .filter(t -> t.get("types")
                                .valueStream()
                                .anyMatch(type -> type.asString().equals("login")))
                        .map(t -> t.get("name").asString()))
                .contains(theme.getProperty("parent"));
    }

    @Test
    void theLauncherCopiesTheThemeIntoKeycloaksThemesReplacingAnOlderCopy(@TempDir Path home) throws IOException {
        Path stale = home.resolve("themes/trefpunt/login/removed.ftl");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "old");

        KeycloakServer.installTheme(home, THEME);

        assertThat(home.resolve("themes/trefpunt/login/theme.properties"))
                .hasSameTextualContentAs(THEME.resolve("login/theme.properties"));
        assertThat(home.resolve("themes/trefpunt/login/template.ftl")).exists();
        assertThat(home.resolve("themes/trefpunt/login/messages/messages_nl.properties"))
                .exists();
        assertThat(stale).doesNotExist();
    }

    private static Properties bundle(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStreamReader in = new InputStreamReader(
                Files.newInputStream(THEME.resolve("login/messages/messages_" + language + ".properties")),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }

    /** META-INF/keycloak-themes.json of the themes jar inside the distribution zip. */
    private static JsonNode keycloakThemes(Path zip, String version) throws IOException {
        String jar = "keycloak-" + version + "/lib/lib/main/org.keycloak.keycloak-themes-" + version + ".jar";
        try (ZipFile distribution = new ZipFile(zip.toFile())) {
            ZipEntry themesJar = distribution.getEntry(jar);
            if (themesJar != null) {
                try (ZipInputStream themes = new ZipInputStream(distribution.getInputStream(themesJar))) {
                    for (ZipEntry inner = themes.getNextEntry(); inner != null; inner = themes.getNextEntry()) {
                        if (inner.getName().equals("META-INF/keycloak-themes.json")) {
                            return JsonClient.json.readTree(new String(themes.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }
        throw new AssertionError(jar + " with META-INF/keycloak-themes.json not found in " + zip);
    }
}
