package nl.trefpunt.platform.test.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations a service publishes in its OpenAPI document, with paths as the service itself
 * serves them and every local {@code $ref} resolvable. Paths are relative to the server URL; the
 * server's template segments ({@code /{tenant}}) are what the gateway adds, so they are dropped.
 */
final class ApiDescription {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private final JsonNode document;
    private final String title;
    private final List<Operation> operations;

    private ApiDescription(JsonNode document) {
        this.document = document;
        this.title = document.at("/info/title").asString("the API");
        this.operations = readOperations();
    }

    static ApiDescription of(JsonNode document) {
        if (!document.has("paths") || !document.get("paths").isObject()) {
            throw new IllegalArgumentException("Not an OpenAPI document: no paths");
        }
        return new ApiDescription(document);
    }

    String title() {
        return title;
    }

    List<Operation> operations() {
        return operations;
    }

    /** The schema itself, or the one its {@code $ref} points at (repeatedly); merges {@code allOf}. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asString();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local references are supported: " + ref);
            }
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("Unresolvable reference " + ref);
            }
            current = target;
        }
        if (current != null && current.has("allOf") && current.get("allOf").isArray()) {
            ObjectNode merged = (ObjectNode) current.deepCopy();
            merged.remove("allOf");
            ObjectNode properties =
                    merged.has("properties") ? (ObjectNode) merged.get("properties") : merged.putObject("properties");
            var required = merged.has("required") ? merged.withArray("required") : merged.putArray("required");
            for (JsonNode part : current.get("allOf")) {
                JsonNode resolved = resolve(part);
                if (resolved.has("properties")) {
                    resolved.get("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
                }
                if (resolved.has("required")) {
                    resolved.get("required").forEach(required::add);
                }
                if (!merged.has("type") && resolved.has("type")) {
                    merged.set("type", resolved.get("type"));
                }
            }
            return merged;
        }
        return current;
    }

    private List<Operation> readOperations() {
        List<Operation> found = new ArrayList<>();
        String documentBase = basePath(document.get("servers"), "");
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            JsonNode item = path.getValue();
            String pathBase = basePath(item.get("servers"), documentBase);
            List<JsonNode> shared = new ArrayList<>();
            if (item.has("parameters")) {
                item.get("parameters").forEach(shared::add);
            }
            for (Map.Entry<String, JsonNode> entry : item.properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                String base = basePath(operation.get("servers"), pathBase);
                List<Parameter> parameters = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>(shared);
                if (operation.has("parameters")) {
                    operation.get("parameters").forEach(declared::add);
                }
                for (JsonNode p : declared) {
                    JsonNode parameter = resolve(p);
                    String in = parameter.path("in").asString();
                    if (!in.equals("path") && !in.equals("query") && !in.equals("header")) {
                        continue; // cookies: not used by this API
                    }
                    parameters.add(new Parameter(
                            parameter.get("name").asString(),
                            in,
                            in.equals("path") || parameter.path("required").asBoolean(false),
                            parameter.has("schema") ? parameter.get("schema") : null));
                }
                JsonNode bodySchema = null;
                String mediaType = null;
                boolean bodyRequired = false;
                if (operation.has("requestBody")) {
                    JsonNode body = resolve(operation.get("requestBody"));
                    bodyRequired = body.path("required").asBoolean(false);
                    JsonNode content = body.path("content");
                    for (Map.Entry<String, JsonNode> media : content.properties()) {
                        if (mediaType == null || media.getKey().contains("json")) {
                            mediaType = media.getKey();
                            bodySchema = media.getValue().get("schema");
                        }
                    }
                }
                boolean isPublic = operation.has("security")
                        && operation.get("security").isArray()
                        && operation.get("security").isEmpty();
                found.add(new Operation(
                        entry.getKey().toUpperCase(Locale.ROOT),
                        base + path.getKey(),
                        List.copyOf(parameters),
                        bodySchema,
                        mediaType,
                        bodyRequired,
                        isPublic));
            }
        }
        return List.copyOf(found);
    }

    /** The path part of the first server URL, without the segments the gateway fills in. */
    private static String basePath(JsonNode servers, String inherited) {
        if (servers == null || !servers.isArray() || servers.isEmpty()) {
            return inherited;
        }
        String url = servers.get(0).path("url").asString("");
        int scheme = url.indexOf("://");
        String path = scheme < 0
                ? url
                : url.substring(url.indexOf('/', scheme + 3) < 0 ? url.length() : url.indexOf('/', scheme + 3));
        StringBuilder kept = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !(segment.startsWith("{") && segment.endsWith("}"))) {
                kept.append('/').append(segment);
            }
        }
        return kept.toString();
    }

    /** One method on one path. {@code path} is the template as the service serves it. */
    record Operation(
            String method,
            String path,
            List<Parameter> parameters,
            JsonNode bodySchema,
            String bodyMediaType,
            boolean bodyRequired,
            boolean isPublic) {

        boolean hasBody() {
            return bodySchema != null;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {}
}
