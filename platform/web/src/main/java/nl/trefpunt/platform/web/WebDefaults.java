package nl.trefpunt.platform.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Defaults every service shares; a service may override any of them. */
class WebDefaults implements EnvironmentPostProcessor {

    private static final String BASENAME = "spring.messages.basename";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("server.error.whitelabel.enabled", "false");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        // The gateway strips /{tenant} and says so in X-Forwarded-Prefix; links must include it.
        defaults.put("server.forward-headers-strategy", "framework");
        defaults.put("spring.mvc.problemdetails.enabled", "true");
        defaults.put("spring.web.locale", "nl_NL");
        // A misspelt field must be an error, not data silently lost.
        defaults.put("spring.jackson.deserialization.fail-on-unknown-properties", "true");
        defaults.put("springdoc.default-produces-media-type", "application/json");
        defaults.put("springdoc.api-docs.path", NlApiDesignRules.API_PREFIX + "/openapi.json");
        defaults.put("springdoc.paths-to-match", NlApiDesignRules.API_PREFIX + "/**");
        defaults.put("springdoc.override-with-generic-response", "false");
        defaults.put("springdoc.writer-with-order-by-keys", "true");
        defaults.put("springdoc.writer-with-default-pretty-printer", "true");
        // One JSON object per log line (Elastic Common Schema) with the MDC: trace id, span id and
        // the tenant. TREFPUNT_LOG_FORMAT=logstash or gelf switches format.
        defaults.put("logging.structured.format.console", "${TREFPUNT_LOG_FORMAT:ecs}");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        // Virtual threads where the JVM has them (21+); Trefpunt still runs on 17.
        defaults.put(
                "spring.threads.virtual.enabled",
                String.valueOf(Runtime.version().feature() >= 21));
        // Limits on what one request may bring: the body (RequestLimits, 1 MB), then within a
        // JSON document its nesting, strings, numbers and tokens (so lists stay bounded too).
        defaults.put("server.tomcat.max-http-form-post-size", "${trefpunt.web.limits.max-body:1MB}");
        defaults.put("server.tomcat.max-parameter-count", "200");
        // Tomcat reads multipart bodies itself, past RequestBodyLimit's counting: same limit.
        defaults.put("spring.servlet.multipart.max-request-size", "${trefpunt.web.limits.max-body:1MB}");
        defaults.put("spring.servlet.multipart.max-file-size", "${trefpunt.web.limits.max-body:1MB}");
        defaults.put("server.max-http-request-header-size", "16KB");
        defaults.put("spring.jackson.factory.constraints.read.max-nesting-depth", "32");
        defaults.put("spring.jackson.factory.constraints.read.max-string-length", "100000");
        defaults.put("spring.jackson.factory.constraints.read.max-number-length", "100");
        defaults.put("spring.jackson.factory.constraints.read.max-name-length", "200");
        defaults.put("spring.jackson.factory.constraints.read.max-token-count", "100000");
        defaults.put("spring.messages.fallback-to-system-locale", "false");
        environment.getPropertySources().addLast(new MapPropertySource("trefpunt-web-defaults", defaults));
        addProblemTexts(environment, application.getClassLoader());
    }

    /**
     * Adds the platform's error texts to the service's message bundles (rather than replacing
     * them), so Spring's own problems (405, 415, ...) come out in the caller's language.
     */
    private static void addProblemTexts(ConfigurableEnvironment environment, ClassLoader classLoader) {
        // Boot's default "messages" only where the service has that bundle: a missing bundle is
        // a warning on every lookup.
        String fallback = new org.springframework.core.io.ClassPathResource("messages.properties", classLoader).exists()
                ? "messages"
                : "";
        String configured = environment.getProperty(BASENAME, fallback);
        java.util.Set<String> basenames = new java.util.LinkedHashSet<>();
        for (String name : configured.split(",")) {
            if (!name.isBlank()) {
                basenames.add(name.strip());
            }
        }
        basenames.add(ProblemTexts.BUNDLE);
        environment
                .getPropertySources()
                .addFirst(
                        new MapPropertySource("trefpunt-web-messages", Map.of(BASENAME, String.join(",", basenames))));
    }
}
