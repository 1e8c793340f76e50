package nl.trefpunt.platform.pages;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Adds the shell's message bundle ({@code trefpunt/pages/messages}, keys {@code shell.*}) to the
 * service's own ({@code spring.messages.basename}, default {@code messages}) instead of replacing
 * it, so a service keeps its own texts and the shell's come along. Its own bundle goes first, so
 * a service may reword a shell text.
 */
class PagesDefaults implements EnvironmentPostProcessor {

    static final String SHELL_MESSAGES = "trefpunt/pages/messages";
    private static final String BASENAME = "spring.messages.basename";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(BASENAME, "messages");
        Set<String> basenames = Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        basenames.add(SHELL_MESSAGES);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "trefpunt-pages-messages", Map.of(BASENAME, String.join(",", basenames))));
    }
}
