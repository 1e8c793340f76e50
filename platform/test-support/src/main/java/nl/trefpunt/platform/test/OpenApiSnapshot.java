package nl.trefpunt.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the committed {@code openapi.json} of a service equal to what the running service
 * publishes, so API changes show up in review and the file can be linted offline. Run the tests
 * with {@code -Dtrefpunt.openapi.write=true} to accept a change.
 */
public final class OpenApiSnapshot {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private OpenApiSnapshot() {}

    public static void assertUpToDate(Api api, Path snapshot) {
        Api.Response response = api.get("/api/v1/openapi.json");
        if (response.status() != 200) {
            throw new AssertionError("OpenAPI document not served: " + response);
        }
        String published = normalise(response.json());
        try {
            if (Boolean.getBoolean("trefpunt.openapi.write")) {
                Files.writeString(snapshot, published);
                return;
            }
            if (!Files.exists(snapshot)) {
                throw new AssertionError("No OpenAPI snapshot at " + snapshot.toAbsolutePath()
                        + "; create it with -Dtrefpunt.openapi.write=true");
            }
            String committed = normalise(JSON.readTree(Files.readString(snapshot)));
            if (!committed.equals(published)) {
                throw new AssertionError("The published OpenAPI document differs from " + snapshot
                        + ". If the API change is intended, run the tests with -Dtrefpunt.openapi.write=true"
                        + " and commit the file.\n--- published ---\n" + published);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalise(JsonNode document) {
        Object tree = JSON.treeToValue(document, Object.class);
        return JSON.writeValueAsString(tree) + "\n";
    }
}
