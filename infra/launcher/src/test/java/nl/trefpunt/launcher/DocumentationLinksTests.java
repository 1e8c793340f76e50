package nl.trefpunt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A person with only a clone must be able to follow every link in the repository's Markdown: a
 * relative link points at a file or folder that exists, inside the repository.
 */
class DocumentationLinksTests {

    private static final Path PROJECT = PlatformSettings.findProjectDirectory();
    private static final Set<String> NOT_DOCUMENTATION = Set.of("target", "node_modules", ".git", ".trefpunt", ".mvn");

    /** [text](target) and [text](target "title"); images too. */
    private static final Pattern LINK =
            Pattern.compile("\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** [label]: target */
    private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");

    private static final Pattern FENCED_CODE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1\\s*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

    @Test
    void everyRelativeLinkPointsInsideTheRepositoryAtSomethingThatExists() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> documents = documents();
        for (Path document : documents) {
            String text = INLINE_CODE
                    .matcher(FENCED_CODE.matcher(Files.readString(document)).replaceAll(""))
                    .replaceAll("");
            for (Pattern pattern : List.of(LINK, REFERENCE)) {
                Matcher link = pattern.matcher(text);
                while (link.find()) {
                    problem(document, link.group(1)).ifPresent(broken::add);
                }
            }
        }

        assertThat(documents).as("Markdown files found under " + PROJECT).isNotEmpty();
        assertThat(broken).as("links a clone cannot follow").isEmpty();
    }

    @Test
    void findsALinkThatLeavesTheRepositoryOrPointsAtNothing() {
        Path readme = PROJECT.resolve("README.md");

        assertThat(problem(readme, "../shared/DESIGN.md")).isPresent();
        assertThat(problem(readme, "docs/missing.md")).isPresent();
        assertThat(problem(readme, "infra/README.md#on-a-laptop-trefpunt")).isEmpty();
        assertThat(problem(readme, "https://nldesignsystem.nl")).isEmpty();
        assertThat(problem(readme, "#two-commands")).isEmpty();
    }

    private static java.util.Optional<String> problem(Path document, String target) {
        if (target.startsWith("#") || target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            return java.util.Optional.empty(); // an anchor, or a URL with a scheme (https:, mailto:)
        }
        String path = URLDecoder.decode(target.replaceFirst("[#?].*$", ""), StandardCharsets.UTF_8);
        Path resolved = (path.startsWith("/")
                        ? PROJECT.resolve(path.substring(1))
                        : document.getParent().resolve(path))
                .normalize();
        String where = PROJECT.relativize(document) + ": " + target;
        if (!resolved.startsWith(PROJECT)) {
            return java.util.Optional.of(where + " (outside the repository)");
        }
        if (!Files.exists(resolved)) {
            return java.util.Optional.of(where + " (does not exist)");
        }
        return java.util.Optional.empty();
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.walk(PROJECT)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md"))
                    .filter(file -> PROJECT.relativize(file).getNameCount() > 0)
                    .filter(file -> {
                        for (Path part : PROJECT.relativize(file)) {
                            if (NOT_DOCUMENTATION.contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        }
    }
}
